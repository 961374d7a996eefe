import { isoDate } from "./dates";

/**
 * The fixed "today" of the synthetic world. Statuses (signed, trial, active, ended) and which records exist
 * are decided against this constant, never the clock, so a dataset is the same whenever it is generated.
 */
export const TODAY = "2026-06-30";

/** First school year of the dataset (2015-2016: the common contrat d'alternance starts, domain.md §2). */
export const FIRST_SCHOOL_YEAR = 2015;

/** Last school year of the dataset (2025-2026, the one running on TODAY). */
export const LAST_SCHOOL_YEAR = 2025;

/**
 * Years simulated before FIRST_SCHOOL_YEAR so that 2015-2016 already holds second- and third-year learners;
 * their earlier years are not written.
 */
export const WARM_UP_YEARS = 2;

/** COVID closure of horeca and hairdressing, when contracts in those sectors were disrupted (domain.md §5). */
export const COVID_CLOSURE = { from: "2020-03-16", to: "2021-06-08" } as const;

/** 'YYYY-YYYY', the school-year label every store uses (annee_scolaire, session, annee_academique). */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}

/** The first day of a school year (1 September). */
export function schoolYearStart(startYear: number): string {
  return isoDate(startYear, 9, 1);
}

/** Last day of classes (30 June), when CEFA contracts aligned on the school year end. */
export function schoolYearEnd(startYear: number): string {
  return isoDate(startYear + 1, 6, 30);
}

/** Last day of a training year at IFAPME and efp (31 August, before the next one starts). */
export function trainingYearEnd(startYear: number): string {
  return isoDate(startYear + 1, 8, 31);
}
