import { clientError } from "../../../kit";
import { nissCheckDigits, normalizeNiss, parseNiss } from "../../../kit/identifiers";

/**
 * A national number (NISS or BIS) typed in a search, checked in the order a person fixes it: its shape (11 digits,
 * separators allowed), its check digits (the 1900 rule, or the 2000 rule for a year not in the future), then the
 * date it encodes (month and day possible; BIS months +20/+40 accepted). Each failure has its own code and never
 * repeats the number. Returns the 11 digits.
 */
export function validateNationalNumber(value: string, currentYear = new Date().getUTCFullYear()): string {
  const digits = normalizeNiss(value);
  if (digits === null || Number(digits) === 0) {
    throw clientError(
      "OFFA_NATIONAL_NUMBER_FORMAT",
      "The national number must be 11 digits (dots, dashes and spaces allowed): YY.MM.DD-NNN.CC.",
      { argument: "nationalNumber" },
    );
  }
  const first9 = digits.slice(0, 9);
  const check = digits.slice(9);
  const bornFrom2000Possible = 2000 + Number(digits.slice(0, 2)) <= currentYear;
  if (
    nissCheckDigits(first9, false) !== check &&
    !(bornFrom2000Possible && nissCheckDigits(first9, true) === check)
  ) {
    throw clientError(
      "OFFA_NATIONAL_NUMBER_CHECK_DIGITS",
      "The national number's check digits do not match (neither the rule for births before 2000 nor from 2000): a digit was probably mistyped.",
      { argument: "nationalNumber" },
    );
  }
  if (parseNiss(digits, { currentYear }) === null) {
    throw clientError(
      "OFFA_NATIONAL_NUMBER_DATE",
      "The national number encodes an impossible birth date (month or day out of range, BIS months included).",
      { argument: "nationalNumber" },
    );
  }
  return digits;
}
