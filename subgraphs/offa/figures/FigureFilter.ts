import { Field, InputType } from "type-graphql";
import { FigureDimension } from "./figureEnums";

/**
 * Keeps only what falls on the values listed, per dimension, after mapping onto the common model (so a filter on
 * TRADE names common trade codes). A dimension left out is not filtered; an empty list is refused.
 */
@InputType({
  description: "Common values to keep, per dimension (after mapping); omit a dimension to keep all.",
})
export class FigureFilter {
  @Field(() => [String], { nullable: true, description: "CEFA, IFAPME, SFPME." })
  providers?: string[] | null;

  @Field(() => [String], { nullable: true, description: "A, B, C, AMBIGUOUS, UNMAPPED, NONE." })
  levels?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Common trade codes (or AMBIGUOUS, UNMAPPED, NONE).",
  })
  trades?: string[] | null;

  @Field(() => [String], { nullable: true, description: "WAL, BXL, UNKNOWN, NONE." })
  unitRegions?: string[] | null;

  @Field(() => [String], { nullable: true, description: "BXL, BRW, HAI, LIE, LUX, NAM, UNKNOWN, NONE." })
  unitProvinces?: string[] | null;

  @Field(() => [String], { nullable: true, description: "WAL, BXL, VLA, UNKNOWN, NONE." })
  learnerRegions?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Province codes (also ANT, LIM, OVL, VBR, WVL), UNKNOWN, NONE.",
  })
  learnerProvinces?: string[] | null;

  @Field(() => [String], { nullable: true, description: "15-17, 18-20, 21-25, OTHER, NONE." })
  ageBands?: string[] | null;

  @Field(() => [String], { nullable: true, description: "PROVIDER:code (e.g. CEFA:ART45), NONE." })
  tracks?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Common contract types (or AMBIGUOUS, UNMAPPED, NONE).",
  })
  contractTypes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Common end reasons (or AMBIGUOUS, UNMAPPED, NONE).",
  })
  endReasons?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Region of the training place: WAL, BXL, VLA, UNKNOWN, NONE.",
  })
  placeRegions?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "ComplianceCheck codes (COMPLIANCE_FINDINGS only), e.g. PAY_BELOW_MINIMUM.",
  })
  complianceCodes?: string[] | null;
}

/** The dimension each filter field names. */
export const FILTER_DIMENSIONS: Readonly<Record<keyof FigureFilter, FigureDimension>> = {
  providers: FigureDimension.PROVIDER,
  levels: FigureDimension.LEVEL,
  trades: FigureDimension.TRADE,
  unitRegions: FigureDimension.UNIT_REGION,
  unitProvinces: FigureDimension.UNIT_PROVINCE,
  learnerRegions: FigureDimension.LEARNER_REGION,
  learnerProvinces: FigureDimension.LEARNER_PROVINCE,
  ageBands: FigureDimension.AGE_BAND,
  tracks: FigureDimension.TRACK,
  contractTypes: FigureDimension.CONTRACT_TYPE,
  endReasons: FigureDimension.END_REASON,
  placeRegions: FigureDimension.PLACE_REGION,
  complianceCodes: FigureDimension.COMPLIANCE_CODE,
};
