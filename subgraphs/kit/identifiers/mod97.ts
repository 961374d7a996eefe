/**
 * The MOD-97 check shared by Belgian identifiers (NISS, BIS, BCE enterprise and establishment-unit numbers):
 * check = 97 − (base mod 97), written on two digits. The result is 01-97, never 00 (domain.md §8). The base
 * can exceed 2^53 only for a NISS with the '2' prefix (10 digits), so plain numbers stay exact.
 */
export function mod97CheckDigits(base: string): string {
  if (!/^\d{1,15}$/.test(base)) throw new RangeError(`mod97CheckDigits expects digits, got "${base}"`);
  return String(97 - (Number(base) % 97)).padStart(2, "0");
}

/**
 * Strips the separators people type in Belgian numbers (dots, dashes, slashes, spaces), so validators accept
 * `85.07.30-033.28` as well as `85073003328`. Anything else stays and makes the value invalid.
 */
export function stripSeparators(value: string): string {
  return value.replace(/[\s./-]/g, "");
}
