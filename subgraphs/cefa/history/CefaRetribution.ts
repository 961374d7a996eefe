import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** A rétribution CEFA recorded on a contract: the monthly amount agreed from a day until the next row. */
@ObjectType({
  description:
    "A rétribution CEFA recorded on a contract: the monthly amount agreed from a day until the next row.",
})
@LearnerData()
export class CefaRetribution {
  @Field(() => ID)
  id!: string;

  contractId!: string;

  @Field(() => Int, { description: "Monthly amount, in euro cents (a lump sum, domain.md §3)." })
  monthlyPayCents!: number;

  @Field(() => LocalDate, { description: "The day the amount applies from (YYYY-MM-DD)." })
  applicableFrom!: string;
}
