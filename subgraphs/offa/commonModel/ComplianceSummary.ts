import { Field, Int, ObjectType } from "type-graphql";
import { ComplianceCheck } from "./enums";
import { YearMonth } from "../../kit";

/** The months one check flagged. */
@ObjectType({ description: "The months of the contract a compliance check flagged." })
export class ComplianceCheckMonths {
  @Field(() => ComplianceCheck)
  code!: ComplianceCheck;

  @Field(() => [YearMonth], { description: "YYYY-MM, in order." })
  months!: string[];
}

/** Months not evaluated for one reason. */
@ObjectType({ description: "A reason a check could not be evaluated, and the months it applies to." })
export class ComplianceReasonMonths {
  @Field()
  reason!: string;

  @Field(() => [YearMonth], { description: "YYYY-MM, in order." })
  months!: string[];
}

/** The months one check could not judge, and why. */
@ObjectType({ description: "The months a compliance check could not evaluate, grouped by reason." })
export class ComplianceNotEvaluatedMonths {
  @Field(() => ComplianceCheck)
  code!: ComplianceCheck;

  @Field(() => [YearMonth], { description: "YYYY-MM, in order." })
  months!: string[];

  @Field(() => [ComplianceReasonMonths])
  reasons!: ComplianceReasonMonths[];
}

/**
 * A contract's compliance over its whole life (start month to the end month, capped at asOf): months checked,
 * months flagged by check, months not evaluated by check and why. The checks apply to a contrat d'alternance
 * only: for another arrangement every check is not evaluated, with that reason.
 */
@ObjectType({
  description:
    "Compliance of a contract month by month over its life (start to end, capped at asOf), summed per check.",
})
export class ComplianceSummary {
  @Field({ description: "True when the checks apply: a contrat d'alternance." })
  applies!: boolean;

  @Field(() => YearMonth, {
    nullable: true,
    description: "First month judged, YYYY-MM; null before the start.",
  })
  firstMonth!: string | null;

  @Field(() => YearMonth, { nullable: true, description: "Last month judged, YYYY-MM." })
  lastMonth!: string | null;

  @Field(() => Int, { description: "Months judged." })
  monthsChecked!: number;

  @Field(() => [String], { description: "Months with at least one flag, YYYY-MM." })
  monthsFlagged!: string[];

  @Field(() => [ComplianceCheckMonths], { description: "Checks that flagged at least one month." })
  flagged!: ComplianceCheckMonths[];

  @Field(() => [ComplianceNotEvaluatedMonths], {
    description: "Checks that could not be evaluated in at least one month, with why.",
  })
  notEvaluated!: ComplianceNotEvaluatedMonths[];
}
