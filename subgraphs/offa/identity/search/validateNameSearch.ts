import { clientError, today } from "../../../kit";
import { nameWords, type SearchedIdentity } from "../matching";

/**
 * Modelling choice: the longest last name or given names a search accepts, in characters. Recorded names are far
 * shorter (domain.md sets no limit); the cap keeps a pasted text out of the comparison and the logs' reach.
 */
export const MAX_SEARCHED_NAME_LENGTH = 100;

/**
 * A search by name and birth date as typed, checked in the order a person fixes it, each failure with its own
 * code and never repeating the names: each name has a letter (OFFA_LEARNER_SEARCH_NAME_EMPTY) and at most
 * MAX_SEARCHED_NAME_LENGTH characters (OFFA_LEARNER_SEARCH_NAME_TOO_LONG); the birth date is a calendar date
 * YYYY-MM-DD (OFFA_LEARNER_SEARCH_BIRTH_DATE_INVALID) not after today (OFFA_LEARNER_SEARCH_BIRTH_DATE_FUTURE).
 * Returns the identity with the names trimmed.
 */
export function validateNameSearch(input: SearchedIdentity, todayIso: string = today()): SearchedIdentity {
  const lastName = checkedName(input.lastName, "lastName");
  const firstName = checkedName(input.firstName, "firstName");
  const birthDate = input.birthDate.trim();
  if (!isCalendarDate(birthDate)) {
    throw clientError(
      "OFFA_LEARNER_SEARCH_BIRTH_DATE_INVALID",
      "birthDate must be a date of the calendar written YYYY-MM-DD (e.g. 2005-03-07).",
      { argument: "birthDate" },
    );
  }
  if (birthDate > todayIso) {
    throw clientError("OFFA_LEARNER_SEARCH_BIRTH_DATE_FUTURE", "birthDate is after today.", {
      argument: "birthDate",
    });
  }
  return { lastName, firstName, birthDate };
}

/**
 * The LearnerNameSearch key of a checked search: the canonical JSON of `{ birthDate, firstName, lastName }` (keys
 * sorted, no whitespace), so one search is one entity whatever the argument order.
 */
export function nameSearchKey(identity: SearchedIdentity): string {
  return JSON.stringify({
    birthDate: identity.birthDate,
    firstName: identity.firstName,
    lastName: identity.lastName,
  });
}

/** The identity a LearnerNameSearch key holds (written by nameSearchKey, so already checked). */
export function identityOfNameSearchKey(key: string): SearchedIdentity {
  const parsed = JSON.parse(key) as Partial<SearchedIdentity>;
  return validateNameSearch({
    lastName: String(parsed.lastName ?? ""),
    firstName: String(parsed.firstName ?? ""),
    birthDate: String(parsed.birthDate ?? ""),
  });
}

function checkedName(value: string, argument: "lastName" | "firstName"): string {
  const trimmed = value.trim();
  if (trimmed.length > MAX_SEARCHED_NAME_LENGTH) {
    throw clientError(
      "OFFA_LEARNER_SEARCH_NAME_TOO_LONG",
      `${argument} is longer than ${MAX_SEARCHED_NAME_LENGTH} characters.`,
      { argument, maxLength: MAX_SEARCHED_NAME_LENGTH },
    );
  }
  if (nameWords(trimmed).length === 0) {
    throw clientError("OFFA_LEARNER_SEARCH_NAME_EMPTY", `${argument} has no letter.`, { argument });
  }
  return trimmed;
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
