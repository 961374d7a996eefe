import { Field, ID, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** A CEFA statut of a contract from a day to a day (inclusive; to null: still in force). */
@ObjectType({
  description: "A CEFA statut of a contract from a day to a day (inclusive; to null: still in force).",
})
@LearnerData()
export class CefaStatusPeriod {
  @Field(() => ID)
  id!: string;

  contractId!: string;

  @Field({ description: "The CEFA status code." })
  statusCode!: string;

  @Field(() => LocalDate, { description: "First day (YYYY-MM-DD)." })
  from!: string;

  @Field(() => LocalDate, { nullable: true, description: "Last day, inclusive; null while in force." })
  to!: string | null;
}
