/**
 * How many weeks of training a school year counts, over a period: the rule OFFA uses to turn hours a provider
 * plans per school year (CEFA) into hours per week, the unit of the working-time rules (≤ 38 h a week, ≥ 20 h
 * in the company, domain.md §2). Reference data with validity dates, like the RMMMG.
 */
export interface SchoolYearWeeks {
  validFrom: string;
  /** Inclusive; null = open. */
  validTo: string | null;
  weeks: number;
  source: string;
}
