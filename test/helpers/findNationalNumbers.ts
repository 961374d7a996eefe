import { isValidNiss } from "../../subgraphs/kit/identifiers";

/** A valid national number found in a response, with where it was. */
export interface FoundNationalNumber {
  /** JSON path from the body's root, e.g. `data.cefaLearners[0].nationalNumber`. */
  path: string;
  value: string;
}

// 11 digits, or the display form 85.07.30-033.28 (domain.md §8), not inside a longer run of letters or digits:
// a hex pseudonym or an id that merely contains 11 digits is not a national number.
const CANDIDATE = /(?<![0-9A-Za-z])(\d{11}|\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2})(?![0-9A-Za-z])/g;

/**
 * Every valid national number (NISS or BIS: check digits under the 1900 or the 2000 rule, a possible month and
 * day: subgraphs/kit/identifiers/niss.ts) in a JSON value: strings, numbers (padded back to 11 digits) and object keys, at any depth
 * (`data`, `errors` and `extensions` alike). Numbers with a wrong check digit, as harmless test data uses
 * (domain.md §11.16), are not reported.
 */
export function findNationalNumbers(value: unknown, path = ""): FoundNationalNumber[] {
  if (typeof value === "string" || typeof value === "number") {
    // A number loses its leading zeros: someone born 2000-2009 would be 9 or 10 digits.
    const text =
      typeof value === "number" && Number.isInteger(value) && value >= 1e8 && value < 1e11
        ? String(value).padStart(11, "0")
        : String(value);
    return [...text.matchAll(CANDIDATE)]
      .map((match) => match[1])
      .filter((candidate) => isValidNiss(candidate))
      .map((candidate) => ({ path: path || "(root)", value: candidate }));
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => findNationalNumbers(item, `${path}[${index}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => {
      const at = path ? `${path}.${key}` : key;
      return [...findNationalNumbers(key, `${at} (key)`), ...findNationalNumbers(item, at)];
    });
  }
  return [];
}

/**
 * Throws when a response body carries a valid national number (domain.md §9: no response does, except to a
 * mobility officer who asks for it with a purpose that needs it), naming each path and value.
 */
export function assertNoNationalNumber(body: unknown, request: string): void {
  const found = findNationalNumbers(body);
  if (found.length === 0) return;
  const list = found.map((f) => `${f.path} = ${f.value}`).join("; ");
  throw new Error(
    `A response carries ${found.length} valid national number(s), which only a mobility officer with an identifying purpose may receive: ${list}. Request: ${request.slice(0, 200)}`,
  );
}
