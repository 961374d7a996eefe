/**
 * The overview page's charts (issue 12), each one `figures` request of the public API (issue 11) and how to draw
 * it. Only the API's own measures and dimensions are named here: the page computes no figure itself.
 */

/** The granularity of a figures request: school years ("2023-2024") or months ("2023-09"). */
export type FigureGranularity = "SCHOOL_YEAR" | "MONTH";

/** One chart: its request and its drawing. */
export interface FigureChartSpec {
  /** The DOM id of its section (tests find charts by it). */
  id: string;
  title: string;
  /** What it shows and why it is drawn this way, in a sentence. */
  caption: string;
  measures: readonly string[];
  by: readonly string[];
  granularity: FigureGranularity;
  /** Along the x axis: the periods, or the combined values of these dimensions. */
  x: "period" | readonly string[];
  /** One series per combined value of these dimensions (or per period when x names dimensions). */
  series: readonly string[] | "period";
  /** Series of one value of this dimension are stacked together (provider stacks of levels). */
  stackBy?: string;
  kind: "bar" | "line";
  /** A rate is drawn in percent. */
  percent?: boolean;
}

/**
 * The charts of the issue, in its order. Placement rate by the learner's region: a learner with no contract has no
 * establishment unit, so the unit's region cannot place them (a modelling choice).
 */
export const FIGURE_CHARTS: readonly FigureChartSpec[] = [
  {
    id: "learners-by-provider-level",
    title: "Learners under contract by provider and level, per school year",
    caption: "Each bar is a school year; each provider's stack is split by common level (A, B, C).",
    measures: ["LEARNERS_UNDER_CONTRACT"],
    by: ["PROVIDER", "LEVEL"],
    granularity: "SCHOOL_YEAR",
    x: "period",
    series: ["PROVIDER", "LEVEL"],
    stackBy: "PROVIDER",
    kind: "bar",
  },
  {
    id: "placement-rate-by-region",
    title: "Placement rate by region, per school year",
    caption: "Share of enrolled learners under contract, by the learner's region.",
    measures: ["PLACEMENT_RATE"],
    by: ["LEARNER_REGION"],
    granularity: "SCHOOL_YEAR",
    x: "period",
    series: ["LEARNER_REGION"],
    kind: "line",
    percent: true,
  },
  {
    id: "compliance-findings-by-code",
    title: "Compliance findings by code, per month",
    caption: "Learners with a contract flagged by each compliance check in the month.",
    measures: ["COMPLIANCE_FINDINGS"],
    by: ["COMPLIANCE_CODE"],
    granularity: "MONTH",
    x: "period",
    series: ["COMPLIANCE_CODE"],
    kind: "line",
  },
  {
    id: "mobility-flows",
    title: "Moves between providers, per school year, by the provider moved to",
    caption:
      "Learners who moved to another provider, by the provider they moved to. The API also splits them by origin (FROM_PROVIDER x TO_PROVIDER); on the default dataset (a tenth of the real volumes) most origin-destination pairs hold fewer than 10 moves a year and would all be suppressed.",
    measures: ["MOVERS"],
    by: ["TO_PROVIDER"],
    granularity: "SCHOOL_YEAR",
    x: "period",
    series: ["TO_PROVIDER"],
    kind: "bar",
  },
];
