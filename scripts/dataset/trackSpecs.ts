import type { ContractKind, Track } from "./model";

/**
 * Per-track behaviour of the synthetic population: ages at entry, how long people plan to stay, exam and
 * dropout rates, how often nobody finds a company, and which contracts they sign. All figures are synthetic
 * choices tuned to domain.md §7 (ages 15-24, ~60 % of apprentices 18+, CEFA ≤ 21 at enrolment, 12-23 % of
 * learners without a contract, ~73 % of CEFA pupils under a contrat d'alternance).
 */
export interface TrackSpec {
  /** Relative weights of the age (on 1 September) at entry; every key lies within `enrolmentAges`. */
  entryAges: Readonly<Record<number, number>>;
  /**
   * Youngest and oldest age at every enrolment of the track (the enrolment date and 1 September of that
   * school year), legal limits of domain.md §2 "Access and age"; null: no upper limit.
   */
  enrolmentAges: readonly [number, number | null];
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

// Entry ages (synthetic). Apprentices: about 60 % of apprenticeship enrolments 18+ (domain.md §7), counted
// over every year of a stint (a 16-year-old entrant is 18 in year 3) and with the CEFA leavers who move in at
// 17-21 (moveRules.ts); efp apprentices are younger than IFAPME's because efp's 31 Oct 2019 split has 667 of
// 4 787 learners under 18 (domain.md §7) and only apprentices can be minors there. Adults: 18-24, the ages
// contracts.ts can still place (it signs no contract after 24); domain.md's efp "average age 25" (2016) is
// therefore not reached.
const ifapmeApprenticeAges = { 15: 16, 16: 20, 17: 19, 18: 14, 19: 11, 20: 8, 21: 6, 22: 4, 23: 2 };
const efpApprenticeAges = { 15: 42, 16: 30, 17: 13, 18: 6, 19: 4, 20: 2, 21: 2, 22: 1 };
const adultAges = { 18: 10, 19: 15, 20: 18, 21: 18, 22: 15, 23: 13, 24: 11 };

// domain.md §2 "Access and age": 15 at enrolment (all young tracks); CEFA enrolment at most 21
// (https://proj-staging.siep.be/la-vie-etudiante/enseignement-en-alternance); efp apprenticeship 15-23
// (http://blog.siep.be/2020/03/quel-est-le-salaire-dun-apprenti-en-alternance-cefa-efp-ifapme/); adult
// training at least 18 (https://www.cedefop.europa.eu/en/tools/apprenticeship-schemes/scheme-fiches/dual-training).
// IFAPME apprenticeship: a contract is concluded before 25 and training continues at most to 31 Dec of the
// year the learner turns 26 (https://www.securex.eu/lex-go.nsf/vwFicheByCategory_fr/0A86DB508FD6A08EC1257EDF002CC609?OpenDocument);
// at most 24 on 1 September keeps a training year (ending 31 August) inside that limit.
const YOUNG_MIN_AGE = 15;
const ADULT_MIN_AGE = 18;

/** The spec of every track. */
export const trackSpecs: Readonly<Record<Track, TrackSpec>> = {
  CEFA: {
    entryAges: { 15: 16, 16: 25, 17: 24, 18: 17, 19: 10, 20: 5, 21: 3 },
    enrolmentAges: [YOUNG_MIN_AGE, 21],
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
    entryAges: ifapmeApprenticeAges,
    enrolmentAges: [YOUNG_MIN_AGE, 24],
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
    enrolmentAges: [ADULT_MIN_AGE, null],
    plannedYears: [20, 30, 50],
    passRate: 0.85,
    dropoutRate: 0.06,
    finalYear: 3,
    noPlacement: 0.14,
    latePlacement: 0.15,
    contractKinds: [["CST", 1]],
  },
  EFP_APPRENTICESHIP: {
    entryAges: efpApprenticeAges,
    enrolmentAges: [YOUNG_MIN_AGE, 23],
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
    enrolmentAges: [ADULT_MIN_AGE, null],
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
    enrolmentAges: [ADULT_MIN_AGE, null],
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

/**
 * How many school years someone aged `age` on 1 September can still enrol in `track` (at most `cap`), so
 * that every enrolment stays within the track's `enrolmentAges`.
 */
export function yearsBeforeAgeLimit(track: Track, age: number, cap: number): number {
  const max = trackSpecs[track].enrolmentAges[1];
  return max === null ? cap : Math.max(0, Math.min(cap, max - age + 1));
}
