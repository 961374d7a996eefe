import { Field, ID, ObjectType } from "type-graphql";
import { AccreditationStatusValue } from "./registerEnums";
import { LocalDate } from "../../kit";
import { RegisterData } from "../../kit";

/** An agrément of an establishment unit for a common trade, as GraphQL shows it (offa.accreditation). */
@ObjectType("Accreditation", {
  description:
    "An agrément of an establishment unit for a common trade, valid for every provider (domain.md §4).",
})
@RegisterData()
export class UnitAccreditation {
  @Field(() => ID)
  id!: string;

  @Field({ description: "OFFA common trade code." })
  tradeCode!: string;

  @Field(() => AccreditationStatusValue)
  status!: AccreditationStatusValue;

  @Field(() => LocalDate)
  requestedOn!: string;

  @Field(() => LocalDate)
  decidedOn!: string;

  @Field(() => LocalDate, { nullable: true })
  withdrawnOn!: string | null;
}
