import { mod97CheckDigits, stripSeparators } from "./mod97";

/**
 * The 10-digit form of a BCE/KBO enterprise number typed as `0403.019.261`, `BE0403019261`, `BE 0403 019 261`
 * or the old 9-digit form `403019261` (which gets a leading 0). Null when it cannot be one. Does not check
 * the MOD-97 digits: see isValidEnterpriseNumber.
 */
export function normalizeEnterpriseNumber(value: string): string | null {
  const digits = stripSeparators(value.trim()).replace(/^BE/i, "");
  if (/^\d{9}$/.test(digits)) return `0${digits}`;
  return /^\d{10}$/.test(digits) ? digits : null;
}

/**
 * The two check digits of an enterprise or establishment-unit number from its first 8 digits:
 * 97 − (first8 mod 97) (domain.md §8). Exported for the synthetic data generator.
 */
export function enterpriseCheckDigits(first8: string): string {
  if (!/^\d{8}$/.test(first8))
    throw new RangeError(`enterpriseCheckDigits expects 8 digits, got "${first8}"`);
  return mod97CheckDigits(first8);
}

/**
 * True for a valid BCE enterprise number: 10 digits once normalised, first digit 0 or 1 (1 is valid though
 * not issued yet), and the MOD-97 check on the first 8 digits.
 */
export function isValidEnterpriseNumber(value: string): boolean {
  const digits = normalizeEnterpriseNumber(value);
  return digits !== null && /^[01]/.test(digits) && hasValidCheck(digits);
}

/** Formats an enterprise number for display, `0403.019.261`; throws when it cannot be normalised. */
export function formatEnterpriseNumber(value: string): string {
  const d = normalizeEnterpriseNumber(value);
  if (d === null) throw new RangeError("formatEnterpriseNumber expects an enterprise number");
  return `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
}

/** The 10 digits of an establishment-unit number typed with or without dots; null when malformed. */
export function normalizeEstablishmentUnitNumber(value: string): string | null {
  const digits = stripSeparators(value.trim());
  return /^\d{10}$/.test(digits) ? digits : null;
}

/**
 * True for a valid establishment-unit (unité d'établissement) number: 10 digits and the same MOD-97 check.
 * Any first digit is accepted: the BCE's rule for it is unknown (domain.md §11.12); "2-8" is only the
 * generator's modelling choice.
 */
export function isValidEstablishmentUnitNumber(value: string): boolean {
  const digits = normalizeEstablishmentUnitNumber(value);
  return digits !== null && hasValidCheck(digits);
}

/** Formats an establishment-unit number for display, `9.999.999.999`; throws when malformed. */
export function formatEstablishmentUnitNumber(value: string): string {
  const d = normalizeEstablishmentUnitNumber(value);
  if (d === null) throw new RangeError("formatEstablishmentUnitNumber expects 10 digits");
  return `${d[0]}.${d.slice(1, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
}

function hasValidCheck(digits: string): boolean {
  return mod97CheckDigits(digits.slice(0, 8)) === digits.slice(8);
}
