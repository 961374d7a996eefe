import { isIsoDate } from "../calendar/isoDate";

/** A row's validity, read from its `valid_from` / `valid_to` columns, with what is wrong with them. */
export interface Validity {
  validFrom: string;
  /** Null when `valid_to` is empty: an open end. */
  validTo: string | null;
  problems: string[];
}

/**
 * Reads the validity columns every data file shares: `valid_from` a calendar date, `valid_to` empty (open) or a
 * calendar date not before it. The problems are worded for the file's author, one reason each.
 */
export function readValidity(values: { valid_from: string; valid_to: string }): Validity {
  const problems: string[] = [];
  const validFrom = values.valid_from;
  const validTo = values.valid_to === "" ? null : values.valid_to;
  if (!isIsoDate(validFrom))
    problems.push(`valid_from ${JSON.stringify(validFrom)} is not a date YYYY-MM-DD`);
  if (validTo !== null && !isIsoDate(validTo)) {
    problems.push(
      `valid_to ${JSON.stringify(validTo)} is not a date YYYY-MM-DD (leave it empty for an open end)`,
    );
  }
  if (isIsoDate(validFrom) && validTo !== null && isIsoDate(validTo) && validTo < validFrom) {
    problems.push(`valid_to ${validTo} is before valid_from ${validFrom}`);
  }
  return { validFrom, validTo, problems };
}
