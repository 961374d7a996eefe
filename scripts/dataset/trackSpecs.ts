import type { ContractKind, Track } from "./model";

/**
 * Per-track behaviour of the synthetic population: ages at entry, how long people plan to stay, exam and
 * dropout rates, how often nobody finds a company, and which contracts they sign. All figures are synthetic
 * choices tuned to domain.md §7 (ages 15-24, ~60 % of apprentices 18+, CEFA ≤ 21 at enrolment, 12-23 % of
 * learners without a contract, ~73 % of CEFA pupils under a contrat d'alternance).
 */
export interface TrackSpec {
  /** Relative weights of the age (on 1 September) at entry. */
  entryAges: Readonly<Record<number, number>>;
  /** Relative weights of 1, 2 and 3 planned years. */
  plannedYears: readonly [number, number, number];
  /** Probability of passing a year (else failing and repeating it). */
  passRate: number;
  /** Probability of leaving during a given year. */
  dropoutRate: number;
  /** Training year whose pass completes the programme (CEFA: see stintYears.ts). */
  finalYear: number;
  /** Probability that a stint never gets a contract. */
  noPlacement: number;
  /** Probability that a contract's first start is months after the school year starts. */
  latePlacement: number;
  /** Contract kinds and their weights. */
  contractKinds: readonly (readonly [ContractKind, number])[];
}

const apprenticeAges = { 15: 12, 16: 17, 17: 20, 18: 16, 19: 12, 20: 9, 21: 6, 22: 5, 23: 3 };
const adultAges = { 18: 10, 19: 15, 20: 18, 21: 18, 22: 15, 23: 13, 24: 11 };

/** The spec of every track. */
export const trackSpecs: Readonly<Record<Track, TrackSpec>> = {
  CEFA: {
    entryAges: { 15: 16, 16: 25, 17: 24, 18: 17, 19: 10, 20: 5, 21: 3 },
    plannedYears: [30, 40, 30],
    passRate: 0.8,
    dropoutRate: 0.08,
    finalYear: 6,
    noPlacement: 0.16,
    latePlacement: 0.2,
    contractKinds: [
      ["ALTERNANCE", 90],
      ["CAI", 4],
      ["CPE2", 3],
      ["CTTP", 3],
    ],
  },
  IFAPME_APPRENTICESHIP: {
    entryAges: apprenticeAges,
    plannedYears: [20, 20, 60],
    passRate: 0.84,
    dropoutRate: 0.07,
    finalYear: 3,
    noPlacement: 0.14,
    latePlacement: 0.2,
    contractKinds: [["ALTERNANCE", 1]],
  },
  IFAPME_CHEF_ENTREPRISE: {
    entryAges: adultAges,
    plannedYears: [20, 30, 50],
    passRate: 0.85,
    dropoutRate: 0.06,
    finalYear: 3,
    noPlacement: 0.14,
    latePlacement: 0.15,
    contractKinds: [["CST", 1]],
  },
  EFP_APPRENTICESHIP: {
    entryAges: apprenticeAges,
    plannedYears: [20, 20, 60],
    passRate: 0.84,
    dropoutRate: 0.07,
    finalYear: 3,
    noPlacement: 0.14,
    latePlacement: 0.2,
    contractKinds: [
      ["ALTERNANCE", 97],
      ["CIP", 3],
    ],
  },
  EFP_CHEF_ENTREPRISE: {
    entryAges: adultAges,
    plannedYears: [20, 30, 50],
    passRate: 0.85,
    dropoutRate: 0.06,
    finalYear: 3,
    noPlacement: 0.14,
    latePlacement: 0.15,
    contractKinds: [
      ["CSTAGE", 95],
      ["CIP", 5],
    ],
  },
  EFP_COORDINATION: {
    entryAges: adultAges,
    plannedYears: [30, 70, 0],
    passRate: 0.88,
    dropoutRate: 0.05,
    finalYear: 2,
    noPlacement: 0.14,
    latePlacement: 0.15,
    contractKinds: [["CSTAGE", 1]],
  },
};

/** Smallest and largest entry age of a track. */
export function entryAgeRange(track: Track): [number, number] {
  const ages = Object.keys(trackSpecs[track].entryAges).map(Number);
  return [Math.min(...ages), Math.max(...ages)];
}
