import { Field, ObjectType } from "type-graphql";
import { ComplianceCheck } from "./enums";
import { YearMonth } from "../../kit";

/** One check's outcome with a sentence carrying the numbers. */
@ObjectType({ description: "A compliance check's outcome and why." })
export class ComplianceFinding {
  @Field(() => ComplianceCheck)
  code!: ComplianceCheck;

  @Field()
  reason!: string;
}

/**
 * Compliance of a contract for one month. A check that cannot be evaluated (unknown RMMMG, unmapped trade…) is
 * listed in notEvaluated with its reason: it never reads as a pass.
 */
@ObjectType({
  description: "Compliance flags of a contrat d'alternance, and the checks that could not be evaluated.",
})
export class ComplianceReport {
  @Field(() => YearMonth, { description: "The month judged, YYYY-MM." })
  month!: string;

  @Field(() => [ComplianceFinding])
  flags!: ComplianceFinding[];

  @Field(() => [ComplianceFinding])
  notEvaluated!: ComplianceFinding[];
}
