import { Field, ID, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** An efp statut of a convention from a day to a day (inclusive; to null: still in force). */
@ObjectType({
  description: "An efp statut of a convention from a day to a day (inclusive; to null: still in force).",
})
@LearnerData()
export class SfpmeStatusPeriod {
  @Field(() => ID)
  id!: string;

  contractId!: string;

  @Field({ description: "The efp status code." })
  statusCode!: string;

  @Field(() => LocalDate, { description: "First day (YYYY-MM-DD)." })
  from!: string;

  @Field(() => LocalDate, { nullable: true, description: "Last day, inclusive; null while in force." })
  to!: string | null;
}
