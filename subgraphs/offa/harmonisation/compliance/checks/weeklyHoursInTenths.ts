/**
 * Hours in tenths, the precision of the provider columns, so 0.1 + 0.2 style float noise cannot flip a check at
 * the 38 h or 20 h boundary; null when not a valid number of hours.
 */
export function weeklyHoursInTenths(hours: number | null): number | null {
  return hours !== null && Number.isFinite(hours) && hours >= 0 ? Math.round(hours * 10) : null;
}

/** Tenths of an hour written "27.5 h". */
export function formatTenths(tenthsOfHour: number): string {
  return `${Math.floor(tenthsOfHour / 10)}.${tenthsOfHour % 10} h`;
}
