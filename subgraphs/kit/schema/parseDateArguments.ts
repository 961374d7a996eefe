import { clientError } from "../errors/clientError";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Today as YYYY-MM-DD (UTC): the default `asOf` of harmonised fields. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Checks an optional `asOf` date argument (default today), or throws OFFA_INPUT_INVALID_DATE. */
export function parseAsOf(asOf: string | null | undefined): string {
  if (asOf === null || asOf === undefined) return today();
  const match = DATE.exec(asOf);
  const valid = match && new Date(`${asOf}T00:00:00Z`).toISOString().startsWith(asOf);
  if (!valid) {
    throw clientError("OFFA_INPUT_INVALID_DATE", `asOf must be a calendar date YYYY-MM-DD, got "${asOf}".`, {
      argument: "asOf",
    });
  }
  return asOf;
}

/** Checks a `month` argument YYYY-MM, or throws OFFA_INPUT_INVALID_DATE. */
export function parseMonth(month: string): string {
  if (!MONTH.test(month)) {
    throw clientError("OFFA_INPUT_INVALID_DATE", `month must be YYYY-MM, got "${month}".`, {
      argument: "month",
    });
  }
  return month;
}
