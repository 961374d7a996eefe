import { addDays } from "../calendar/isoDate";

/** Where a contract stands on a date; FUTURE for a date after today, whose state nobody knows yet. */
export type ContractPhase = "NOT_SIGNED" | "SIGNED" | "RUNNING" | "ENDED" | "FUTURE";

/** The dated facts a provider contract carries, in the provider's codes. */
export interface DatedContract {
  signedOn: string;
  startsOn: string;
  /** The last day of an early end, as the provider recorded it; null while none is recorded. */
  endedOn: string | null;
  /** The planned last day: a contract that reached it has ended at its term. */
  plannedEndOn: string;
  payPeriods: readonly { from: string; amountCents: number }[];
  statusPeriods: readonly { code: string; from: string; to: string | null }[];
}

/** A contract as it was on a date: its phase, the provider status and the pay in force that day. */
export interface ContractOnDate {
  phase: ContractPhase;
  /** The provider's status code in force on the date; null before the first recorded status. */
  statusCode: string | null;
  /** The monthly pay in force on the date; null before the start (nothing is paid yet). */
  payCents: number | null;
  /** Whether the contract had ended by the date (its end reason applies). */
  ended: boolean;
}

/**
 * Reads a contract on `date` from its dated histories, never from today's values: a date before the signature
 * is NOT_SIGNED, before the start SIGNED, after the last day (recorded end, or the planned end reached) ENDED.
 * A date after `today` is FUTURE: the status and pay given are the last ones known, not a forecast.
 */
export function contractOnDate(contract: DatedContract, date: string, today: string): ContractOnDate {
  const lastDay = contract.endedOn ?? contract.plannedEndOn;
  const phase: ContractPhase =
    date > today
      ? "FUTURE"
      : date < contract.signedOn
        ? "NOT_SIGNED"
        : date < contract.startsOn
          ? "SIGNED"
          : date > lastDay
            ? "ENDED"
            : "RUNNING";
  const status = contract.statusPeriods.find((p) => p.from <= date && (p.to === null || date <= p.to));
  const pay = [...contract.payPeriods].reverse().find((p) => p.from <= date);
  return {
    phase,
    statusCode: status?.code ?? null,
    payCents: date < contract.startsOn ? null : (pay?.amountCents ?? null),
    ended: phase === "ENDED" || (phase === "FUTURE" && contract.endedOn !== null),
  };
}

/** Pay periods with their last day (the day before the next starts; null for the last). */
export function payPeriodsWithEnds(
  periods: readonly { from: string; amountCents: number }[],
): { from: string; to: string | null; amountCents: number }[] {
  return periods.map((period, index) => ({
    ...period,
    to: index + 1 < periods.length ? addDays(periods[index + 1].from, -1) : null,
  }));
}
