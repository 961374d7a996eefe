import { mod97CheckDigits, stripSeparators } from "./mod97";

/**
 * What a valid national number tells about its holder (domain.md §8). `birthDate` is null when the month or
 * day is unknown (month or day 00, or 000001 for a fully unknown date); `sex` is null for a BIS number issued
 * with the month +20 (sex unknown); `century` says which check rule matched (the '2' prefix for births 2000+).
 */
export interface ParsedNiss {
  birthDate: string | null;
  sex: "M" | "F" | null;
  kind: "NISS" | "BIS";
  century: 1900 | 2000;
}

/** Options shared by the NISS readers. */
export interface NissOptions {
  /**
   * The year against which the 2000 rule is tried: a number is read as born 2000+YY only when that year is
   * not in the future (the python-stdnum rule). Default: the current year. Tests pass a fixed year.
   */
  currentYear?: number;
}

/**
 * The two check digits of a NISS or BIS number from its first nine digits: 97 − (first9 mod 97), with '2'
 * prefixed to the nine digits for people born in 2000 or later (domain.md §8). Used by the generator to build
 * valid synthetic numbers at run time, never stored ones.
 */
export function nissCheckDigits(first9: string, bornFrom2000: boolean): string {
  if (!/^\d{9}$/.test(first9)) throw new RangeError(`nissCheckDigits expects 9 digits, got "${first9}"`);
  return mod97CheckDigits(bornFrom2000 ? `2${first9}` : first9);
}

/** The 11 digits of a national number typed with or without dots, dashes and spaces; null when malformed. */
export function normalizeNiss(value: string): string | null {
  const digits = stripSeparators(value.trim());
  return /^\d{11}$/.test(digits) ? digits : null;
}

/**
 * Reads a NISS or BIS number: checks the MOD-97 digits (1900 rule, then 2000 rule), the month range (1-12,
 * BIS 21-32 or 41-52, 00/20/40 when unknown) and the day against the month. Returns null when invalid.
 */
export function parseNiss(value: string, options: NissOptions = {}): ParsedNiss | null {
  const digits = normalizeNiss(value);
  if (digits === null || Number(digits) === 0) return null;
  const century = detectCentury(digits, options.currentYear ?? new Date().getUTCFullYear());
  if (century === null) return null;

  const rawMonth = Number(digits.slice(2, 4));
  const kind = rawMonth >= 20 ? "BIS" : "NISS";
  const monthOffset = rawMonth >= 40 ? 40 : rawMonth >= 20 ? 20 : 0;
  const month = rawMonth - monthOffset;
  if (month > 12) return null;
  const counter = Number(digits.slice(6, 9));
  // A BIS number issued with month +20 was made without knowing the holder's sex (domain.md §8).
  const sex = monthOffset === 20 ? null : counter % 2 === 1 ? "M" : "F";

  const year = century + Number(digits.slice(0, 2));
  const day = Number(digits.slice(4, 6));
  let birthDate: string | null = null;
  // 000001 = date entirely unknown; month 00 or day 00 = that part unknown (or the day counter ran out).
  if (digits.slice(0, 6) !== "000001" && month !== 0 && day !== 0) {
    if (day > daysInMonth(year, month)) return null;
    birthDate = `${year}-${pad2(month)}-${pad2(day)}`;
  }
  return { birthDate, sex, kind, century };
}

/** True when `value` is a valid NISS or BIS number (see parseNiss for the rules). */
export function isValidNiss(value: string, options: NissOptions = {}): boolean {
  return parseNiss(value, options) !== null;
}

/** Formats a national number for display, `85.07.30-033.28`; throws when it is not 11 digits. */
export function formatNiss(value: string): string {
  const d = normalizeNiss(value);
  if (d === null) throw new RangeError("formatNiss expects 11 digits");
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9, 11)}`;
}

// The 1900 rule first; the 2000 rule only for a year not in the future, since both can never match together
// (2·10^9 mod 97 = 68, so the two checks always differ).
function detectCentury(digits: string, currentYear: number): 1900 | 2000 | null {
  const first9 = digits.slice(0, 9);
  const check = digits.slice(9);
  if (mod97CheckDigits(first9) === check) return 1900;
  if (2000 + Number(digits.slice(0, 2)) <= currentYear && mod97CheckDigits(`2${first9}`) === check)
    return 2000;
  return null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
