import { clientError } from "../errors/clientError";

/** Upper bound of `first` on every list: large enough for dashboards, small enough to bound a response. */
export const MAX_PAGE_SIZE = 500;

/** Checks a `first` argument, or throws OFFA_INPUT_PAGE_SIZE. */
export function parsePageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw clientError("OFFA_INPUT_PAGE_SIZE", `first must be from 1 to ${MAX_PAGE_SIZE}, got ${first}.`, {
      argument: "first",
      max: MAX_PAGE_SIZE,
    });
  }
  return first;
}
