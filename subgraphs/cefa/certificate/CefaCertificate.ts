import { Directive, Field, ID, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** A certificate CEFA delivered, in CEFA codes (CQ6, CQ7, CE6P, CESS, CQS, ACP). */
@ObjectType({ description: "A certificate CEFA delivered, in CEFA codes." })
@Directive('@key(fields: "id")')
@LearnerData()
export class CefaCertificate {
  @Field(() => ID)
  id!: string;

  learnerId!: string;

  @Field({ description: "CEFA certificate code: CQ6, CQ7, CE6P, CESS, CQS, ACP." })
  code!: string;

  @Field()
  optionCode!: string;

  @Field()
  schoolYear!: string;

  @Field(() => LocalDate)
  issuedOn!: string;
}
