import { Directive, Field, Int, ObjectType } from "type-graphql";
import type * as figureContract from "../../../schema/contract/figures";

/**
 * One group of a provider's native figures (schema/contract/figures/nativeFigures.ts, same names and types): the
 * value type `FigureTable.<provider>Groups` answers. Shareable and declared identically by the three provider
 * subgraphs from this one class, so composition accepts it; nothing in it names a learner.
 */
@ObjectType("NativeFigureGroup", {
  description:
    "One group of a provider's figures in its own codes: how many counted things (learners, contracts, decisions…) fall in it for one measure and period. Only the dimensions asked are filled; the others are null.",
})
@Directive("@shareable")
export class NativeFigureGroup implements figureContract.NativeFigureGroup {
  @Field(() => String, { description: "The measure counted (LEARNERS, CONTRACTS_STARTED…)." })
  measure!: figureContract.NativeMeasure;

  @Field(() => String, { description: "The period: a school year (2023-2024) or a month (2023-09)." })
  period!: string;

  @Field(() => String, { nullable: true, description: "Native level code in force (or given)." })
  levelCode!: string | null;

  @Field(() => String, { nullable: true, description: "Native trade code." })
  tradeCode!: string | null;

  @Field(() => String, { nullable: true, description: "Establishment-unit number of the contract." })
  unitNumber!: string | null;

  @Field(() => String, { nullable: true, description: "The learner's postcode as the provider records it." })
  learnerPostcode!: string | null;

  @Field(() => Int, { nullable: true, description: "Whole years of age on the day the counting rule names." })
  ageYears!: number | null;

  @Field(() => String, { nullable: true, description: "The provider's track; null where it has none." })
  trackCode!: string | null;

  @Field(() => String, { nullable: true, description: "Native contract type." })
  contractTypeCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Native end reason (CONTRACTS_ENDED); null: none recorded.",
  })
  endReasonCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Level in force before the decision (LEVEL_DECISIONS).",
  })
  previousLevelCode!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Decision within 365 days of the previous one (LEVEL_DECISIONS); null for a first decision.",
  })
  withinYear!: boolean | null;

  @Field(() => String, { nullable: true, description: "Native certificate code (CERTIFICATIONS)." })
  certificationCode!: string | null;

  @Field(() => String, { nullable: true, description: "Postcode of the site teaching (PROGRAMMES)." })
  sitePostcode!: string | null;

  @Field(() => Boolean, { nullable: true, description: "Enrolled on a day of the period (LEARNERS)." })
  enrolled!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Under contract on a day of the period (LEARNERS)." })
  underContract!: boolean | null;

  @Field(() => Int, { description: "How many counted things fall in the group." })
  count!: number;

  @Field(() => Int, {
    description:
      "Days under contract in the period (LEARNERS) or contract lengths in days (CONTRACTS_ENDED); 0 otherwise.",
  })
  contractDays!: number;
}
