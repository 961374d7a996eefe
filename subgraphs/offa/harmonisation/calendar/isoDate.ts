/**
 * Calendar dates as 'YYYY-MM-DD' strings, the shape the kit's Database returns (subgraphs/kit/db/Database.ts).
 * Staying on strings means no time zone ever shifts a day, and ISO dates compare correctly as plain strings.
 * Arithmetic goes through UTC midnight, where every day has 24 hours.
 */
export type IsoDate = string;

/** A month as 'YYYY-MM'. */
export type IsoMonth = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when `value` is a real calendar date written 'YYYY-MM-DD' (so 2023-02-29 is refused). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True when `value` is a month written 'YYYY-MM'. */
export function isIsoMonth(value: string): boolean {
  const match = ISO_MONTH.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** The number of days of a month (1-12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The first and last day of a 'YYYY-MM' month. */
export function monthBounds(month: IsoMonth): { first: IsoDate; last: IsoDate } {
  if (!isIsoMonth(month)) throw new RangeError(`Not a month 'YYYY-MM': ${JSON.stringify(month)}`);
  const [year, monthNumber] = month.split("-").map(Number);
  const last = daysInMonth(year, monthNumber);
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, "0")}` };
}

/**
 * Age in whole years on `date`. The birthday counts from its calendar day; someone born on 29 February
 * turns a year older on 1 March in common years (a modelling choice; no source in domain.md fixes it).
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const [by, bm, bd] = birthDate.split("-").map(Number);
  const [y, m, d] = date.split("-").map(Number);
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/** True when the inclusive periods [aFrom, aTo] and [bFrom, bTo] share a day; a null end is open. */
export function periodsOverlap(
  aFrom: IsoDate,
  aTo: IsoDate | null,
  bFrom: IsoDate,
  bTo: IsoDate | null,
): boolean {
  return (bTo === null || aFrom <= bTo) && (aTo === null || bFrom <= aTo);
}

/** True when `date` lies in the inclusive period [from, to]; a null end is open. */
export function isWithin(date: IsoDate, from: IsoDate, to: IsoDate | null): boolean {
  return date >= from && (to === null || date <= to);
}

function toUtcMs(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a date 'YYYY-MM-DD': ${JSON.stringify(date)}`);
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year, month - 1, day);
}
