import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** An allocation efp recorded on a convention: the monthly amount from a day until the next row. */
@ObjectType({
  description:
    "An allocation efp recorded on a convention: the monthly amount from a day until the next row.",
})
@LearnerData()
export class SfpmeAllowance {
  @Field(() => ID)
  id!: string;

  contractId!: string;

  @Field(() => Int, { description: "Monthly amount, in euro cents (a lump sum, domain.md §3)." })
  monthlyAmountCents!: number;

  @Field(() => LocalDate, { description: "The day the amount applies from (YYYY-MM-DD)." })
  effectiveFrom!: string;
}
