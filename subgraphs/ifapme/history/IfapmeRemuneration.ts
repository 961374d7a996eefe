import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** A rémunération IFAPME recorded on a contract: the monthly amount since a day, until the next row. */
@ObjectType({
  description:
    "A rémunération IFAPME recorded on a contract: the monthly amount since a day, until the next row.",
})
@LearnerData()
export class IfapmeRemuneration {
  @Field(() => ID)
  id!: string;

  contractId!: string;

  @Field(() => Int, { description: "Monthly amount, in euro cents (a lump sum, domain.md §3)." })
  amountCents!: number;

  @Field(() => LocalDate, { description: "The day the amount applies from (YYYY-MM-DD)." })
  since!: string;
}
