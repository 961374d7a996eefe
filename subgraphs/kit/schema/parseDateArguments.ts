/** Today as YYYY-MM-DD (UTC): the default `asOf` of harmonised fields. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * An optional `asOf` argument, today when absent. Its format is already checked: the argument is a LocalDate,
 * refused by validation when it is no calendar date.
 */
export function parseAsOf(asOf: string | null | undefined): string {
  return asOf ?? today();
}
