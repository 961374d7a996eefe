import { Field, ID, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** An IFAPME état of a contract from its start to its end (inclusive; end null: still in force). */
@ObjectType({
  description:
    "An IFAPME état of a contract from its start to its end (inclusive; end null: still in force).",
})
@LearnerData()
export class IfapmeStatePeriod {
  @Field(() => ID)
  id!: string;

  contractId!: string;

  @Field({ description: "The IFAPME status code." })
  stateCode!: string;

  @Field(() => LocalDate, { description: "First day (YYYY-MM-DD)." })
  start!: string;

  @Field(() => LocalDate, { nullable: true, description: "Last day, inclusive; null while in force." })
  end!: string | null;
}
