/**
 * What the OFFA subgraph asks each provider subgraph to aggregate, and the shape of what comes back (issue 11).
 *
 * Figures are computed where the data lives: each provider runs one SQL statement per requested measure over its
 * own tables, grouped by its NATIVE dimensions (its own level, trade, contract-type codes…). OFFA turns the groups
 * into common dimensions with the mapping rules in force on `asOf` and sums across providers. The request travels
 * as the key of the `FigureTable` entity (`@key(fields: "request")`, the canonical JSON below); the groups travel
 * back as `FigureTable.cefaGroups | ifapmeGroups | sfpmeGroups: [NativeFigureGroup!]` and reach OFFA by `@requires`.
 *
 * Counting rules, shared by the provider SQL, OFFA and the test oracle. A modelling choice (issue 11), so that a
 * provider's groups are a PARTITION of what they count and any sum of groups is exact (needed for totals and for
 * complementary suppression): each counted thing falls in exactly one group per period and measure.
 * - The period is a school year (1 Sept–31 Aug, named "2023-2024") or a month ("2023-09"), cut at `asOf`: a day
 *   after `asOf` does not exist yet. Only records known on `asOf` count: a record whose own date (start, decision,
 *   issue, end, recorded-on where the provider has one) is after `asOf` is ignored, and a contract that ended after
 *   `asOf` is still running on `asOf`.
 * - LEARNERS: one count per provider learner active in the period (enrolled on a day of it, or under contract on a
 *   day of it). Flags `enrolled` and `underContract` say which; `contractDays` sums their days under contract in
 *   the period. Dimensions are those of the learner's LAST active day in the period: the contract in force that day
 *   (else the latest contract of the period; else none), the level in force on the last day under contract in the
 *   period, the trade of that contract (else of the latest enrolment), the age in whole years on that day.
 * - CONTRACTS_STARTED: one count per contract whose start date is in the period. Dimensions of the contract at its
 *   start (level in force on its first day, age on its first day).
 * - CONTRACTS_ENDED: one count per contract whose effective end date is in the period; `endReasonCode` is the
 *   provider's end reason (null when none is recorded); `contractDays` sums the contracts' lengths in days.
 * - LEVEL_DECISIONS: one count per level decision (a native level code given on a date) in the period, with
 *   `levelCode` = the code given, `previousLevelCode` = the code in force before it on the same learner (null for a
 *   first decision) and `daysSincePrevious` bucketed as `withinYear` (true when ≤ 365 days after the previous one).
 * - CERTIFICATIONS: one count per certificate issued in the period, `certificationCode` = its native code.
 * - PROGRAMMES: one count per (trade, site) the provider teaches with at least one enrolment in the period; site =
 *   the provider's centre or course location postcode (`sitePostcode`); no learner dimension applies.
 * - UNITS_WITH_LEARNER: one count per establishment-unit number with a contract in force on a day of the period,
 *   dimensions of its latest contract of the period (trade, unit).
 * What these rules leave open (when a contract is in force, which records exist on asOf, the level of a contract
 * with no level record of its own, a track, overlapping contracts, the age for each measure) is decided once for
 * the three providers in subgraphs/kit/figures/README.md, and the test oracle (test/helpers/figureOracle.ts)
 * follows the same choices.
 */

/** The aggregations a provider can run, one SQL statement each. */
export const NATIVE_MEASURES = [
  "LEARNERS",
  "CONTRACTS_STARTED",
  "CONTRACTS_ENDED",
  "LEVEL_DECISIONS",
  "CERTIFICATIONS",
  "PROGRAMMES",
  "UNITS_WITH_LEARNER",
] as const;
export type NativeMeasure = (typeof NATIVE_MEASURES)[number];

/**
 * Native dimensions a request may group by. Only the requested ones are filled in a group (the others are null),
 * so the number of groups follows the dimensions asked, never the population.
 * - levelCode: native level code (CEFA palier, IFAPME evaluation, SFPME allowance step) in force, per the rules above.
 * - tradeCode: native trade code (CEFA option, IFAPME trade, SFPME training).
 * - unitNumber: establishment-unit number of the contract (OFFA maps it to the unit's region and province).
 * - learnerPostcode: the learner's postcode as the provider records it (OFFA maps it to province and region).
 * - ageYears: whole years of age on the day the rules above name.
 * - trackCode: the provider's track (CEFA article 45/49, IFAPME/SFPME track), null when the provider has none.
 * - contractTypeCode: native contract type.
 * Measures with their own fixed dimensions always fill them: endReasonCode (CONTRACTS_ENDED), previousLevelCode
 * and withinYear (LEVEL_DECISIONS), certificationCode (CERTIFICATIONS), sitePostcode (PROGRAMMES), and the flags
 * enrolled / underContract (LEARNERS).
 */
export const NATIVE_DIMENSIONS = [
  "levelCode",
  "tradeCode",
  "unitNumber",
  "learnerPostcode",
  "ageYears",
  "trackCode",
  "contractTypeCode",
] as const;
export type NativeDimension = (typeof NATIVE_DIMENSIONS)[number];

export type FigureGranularity = "SCHOOL_YEAR" | "MONTH";

/** The provider part of a figure request: the FigureTable key, as canonical JSON. */
export interface ProviderFigureRequest {
  /** YYYY-MM-DD: records and periods as known on that day. */
  readonly asOf: string;
  readonly granularity: FigureGranularity;
  /** First and last period, inclusive: "2021-2022" or "2021-09" by granularity. */
  readonly fromPeriod: string;
  readonly toPeriod: string;
  /**
   * Sorted, no duplicates. Empty when OFFA answers the request from its own store (its register, its read models,
   * its figure model): the gateway still fetches every provider's groups for `@requires`, and an empty list is
   * answered with no group and no SQL.
   */
  readonly measures: readonly NativeMeasure[];
  /** Sorted, no duplicates. */
  readonly groupBy: readonly NativeDimension[];
}

/** One group as a provider returns it (the GraphQL value type NativeFigureGroup, same field names). */
export interface NativeFigureGroup {
  readonly measure: NativeMeasure;
  /** The period's name, as in ProviderFigureRequest. */
  readonly period: string;
  readonly levelCode: string | null;
  readonly tradeCode: string | null;
  readonly unitNumber: string | null;
  readonly learnerPostcode: string | null;
  readonly ageYears: number | null;
  readonly trackCode: string | null;
  readonly contractTypeCode: string | null;
  readonly endReasonCode: string | null;
  readonly previousLevelCode: string | null;
  readonly withinYear: boolean | null;
  readonly certificationCode: string | null;
  readonly sitePostcode: string | null;
  readonly enrolled: boolean | null;
  readonly underContract: boolean | null;
  /** How many counted things fall in the group (see the counting rules). */
  readonly count: number;
  /** Sum of days under contract (LEARNERS) or of contract lengths (CONTRACTS_ENDED); 0 for other measures. */
  readonly contractDays: number;
}

/** The selection OFFA puts in its @requires for each provider's groups. */
export const NATIVE_FIGURE_GROUP_SELECTION =
  "measure period levelCode tradeCode unitNumber learnerPostcode ageYears trackCode contractTypeCode endReasonCode previousLevelCode withinYear certificationCode sitePostcode enrolled underContract count contractDays";

/** The most periods one request may span (20 school years, or 240 months). */
export const MAX_FIGURE_PERIODS = { SCHOOL_YEAR: 20, MONTH: 240 } as const;
