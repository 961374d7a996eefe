/** How two birth dates compare: equal, equal once day and month are swapped, or different. */
export type BirthDateComparison = "SAME" | "TRANSPOSED" | "DIFFERENT";

/**
 * Compares two 'YYYY-MM-DD' birth dates. TRANSPOSED: the same year with day and month swapped (a date typed
 * month-first, 2005-03-07 / 2005-07-03), possible only when both are 12 or less and differ.
 */
export function compareBirthDates(a: string, b: string): BirthDateComparison {
  if (a === b) return "SAME";
  return transposedBirthDate(a) === b ? "TRANSPOSED" : "DIFFERENT";
}

/** The date with day and month swapped, or null when the day is over 12 or equals the month. */
export function transposedBirthDate(date: string): string | null {
  const month = date.slice(5, 7);
  const day = date.slice(8, 10);
  if (day === month || Number(day) > 12 || Number(day) < 1) return null;
  return `${date.slice(0, 4)}-${day}-${month}`;
}

/**
 * The birth-date blocking key: the date and its transposition in sorted order, so two records whose dates are
 * equal or transposed share one key (the matcher compares only records sharing a key).
 */
export function birthDateBlockKey(date: string): string {
  const transposed = transposedBirthDate(date);
  return transposed === null || date < transposed ? date : transposed;
}
