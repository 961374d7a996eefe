import { clientError } from "../../kit";
import { isValidEnterpriseNumber, isValidEstablishmentUnitNumber } from "../../kit/identifiers";

/**
 * Checks an establishment-unit number argument (10 digits, MOD-97 check, domain.md §8), or throws
 * OFFA_INPUT_INVALID_ID with the expected format.
 */
export function assertUnitNumber(value: string, argument: string): string {
  if (!/^\d{10}$/.test(value) || !isValidEstablishmentUnitNumber(value)) {
    throw clientError(
      "OFFA_INPUT_INVALID_ID",
      `"${value}" is not a valid establishment-unit number (10 digits with a MOD-97 check, e.g. 2000000141).`,
      { argument, entity: "establishment unit" },
    );
  }
  return value;
}

/**
 * Checks a BCE enterprise-number argument (10 digits, first 0 or 1, MOD-97 check, domain.md §8), or throws
 * OFFA_INPUT_INVALID_ID with the expected format.
 */
export function assertEnterpriseNumber(value: string, argument: string): string {
  if (!/^\d{10}$/.test(value) || !isValidEnterpriseNumber(value)) {
    throw clientError(
      "OFFA_INPUT_INVALID_ID",
      `"${value}" is not a valid BCE enterprise number (10 digits with a MOD-97 check, e.g. 0403019261).`,
      { argument, entity: "enterprise" },
    );
  }
  return value;
}
