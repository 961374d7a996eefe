import { Field, Int, ObjectType } from "type-graphql";
import { CommonLevelValue } from "./enums";
import { LocalDate, YearMonth } from "../../kit";

/** The inputs of the minimum for a run of days: level, share and RMMMG row used. */
@ObjectType({ description: "Days of the month sharing one level, share and RMMMG row." })
export class MinimumPayPart {
  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate)
  to!: string;

  @Field(() => Int)
  days!: number;

  @Field(() => CommonLevelValue, { nullable: true })
  level!: CommonLevelValue | null;

  @Field(() => Int, { nullable: true, description: "The level's share of the RMMMG, in percent." })
  percent!: number | null;

  @Field(() => Int, { nullable: true, description: "The RMMMG in force, in cents; null when unknown." })
  rmmmgCents!: number | null;

  @Field(() => LocalDate, { nullable: true, description: "valid_from of the RMMMG row used." })
  rmmmgValidFrom!: string | null;
}

/**
 * The minimum monthly rétribution for a month: RMMMG in force × the level's share, to the cent; pro rata by
 * days when the level or the RMMMG changes inside the month (modelling choice). Null with a reason when an
 * input is unknown (the RMMMG of many months is, domain.md §11.5): never invented.
 */
@ObjectType({ description: "Minimum monthly rétribution of a contract for one month (domain.md §3)." })
export class MinimumPay {
  @Field(() => YearMonth, { description: "YYYY-MM." })
  month!: string;

  @Field(() => Int, { nullable: true })
  amountCents!: number | null;

  @Field(() => String, { nullable: true, description: "Euros with two decimals, e.g. 332.35." })
  amount!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Why amount is null: RMMMG_UNKNOWN, SHARE_UNKNOWN, LEVEL_UNKNOWN, or OUTSIDE_CONTRACT (the contract does not run that month).",
  })
  unknownReason!: string | null;

  @Field({ description: "True when an RMMMG used is itself derived, not stated by a source." })
  derived!: boolean;

  @Field(() => [MinimumPayPart])
  parts!: MinimumPayPart[];
}
