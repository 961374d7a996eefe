import type { CommonLevel } from "../rules/MappingRule";

/**
 * The RMMMG (revenu minimum mensuel moyen garanti, CCT n° 43, 18+ national amount) over one known period, in
 * euro cents (domain.md §3). Every row has an end: a day outside every row has an UNKNOWN RMMMG (§11.5), and
 * nothing here interpolates between rows.
 */
export interface RmmmgRow {
  validFrom: string;
  /** Inclusive. */
  validTo: string;
  amountCents: number;
  /** Computed from a sourced number rather than stated by a source (domain.md conventions). */
  derived: boolean;
  source: string;
}

/**
 * The minimum rétribution of a level as a whole percent of the RMMMG over a period: A 17, B 24, C 32 (domain.md
 * §3). Whether it ever differed is unknown (§11.4), so it carries validity dates like any other reference data.
 */
export interface LevelPayShare {
  level: CommonLevel;
  percent: number;
  validFrom: string;
  /** Inclusive; null = open. */
  validTo: string | null;
  source: string;
}
