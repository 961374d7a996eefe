import { TODAY } from "./calendar";
import { addDays, daysBetween, minDate } from "./dates";
import type { ContractPlan, Stint } from "./model";
import type { Person } from "./people";
import type { Random } from "./random";

/**
 * Share of contracts a provider entered in its system late, long after they started (dirty data, a modelling
 * choice: the real rate is unknown). OFFA reports them as LATE_ENTRY findings.
 */
const LATE_ENTRY = 0.02;

/**
 * Dates each contract's entry in its provider's system (CEFA encodage, IFAPME encodé le, efp saisie): usually
 * within days of the signature; a few entered 45 days to 8 months after the start, but never after TODAY (a
 * record entered later would not be in the store yet). Returns the late ones, for the ground truth.
 */
export function recordContracts(random: Random, stints: readonly Stint[]): ContractPlan[] {
  const late: ContractPlan[] = [];
  for (const contract of stints.flatMap((stint) => stint.contracts)) {
    const earliestLate = addDays(contract.start, 45);
    if (earliestLate <= TODAY && random.chance(LATE_ENTRY)) {
      contract.recordedOn = minDate(addDays(contract.start, random.int(45, 240)), TODAY);
      late.push(contract);
    } else {
      contract.recordedOn = minDate(addDays(contract.signedOn, random.int(0, 10)), TODAY);
    }
  }
  return late;
}

/**
 * Share of minors whose providers never recorded their legal representative (dirty data, a modelling choice:
 * the real rate is unknown). Their contracts signed as minors are compliance findings.
 */
const REPRESENTATIVE_UNRECORDED = 0.005;

/** Marks a few minors whose representative the providers did not record. */
export function forgetSomeRepresentatives(random: Random, people: readonly Person[]): void {
  for (const person of people) {
    if (random.chance(REPRESENTATIVE_UNRECORDED)) person.legalRepresentativeUnrecorded = true;
  }
}

/**
 * Share of contracts whose status history was entered with a hole or an overlap between two periods (dirty data,
 * a modelling choice: the real rate is unknown). OFFA must report them, never merge or guess.
 */
const STATUS_HISTORY_FAULT = 0.004;

/** Status changes every provider codes with two different codes (IFAPME has one code for trial and running). */
const distinct = (a: string, b: string) =>
  !(["TRIAL", "ACTIVE"].includes(a) && ["TRIAL", "ACTIVE"].includes(b));

/**
 * Enters a few status histories badly: between two periods, the earlier one ends 5 days too early (a gap) or runs
 * 3 days into the next (an overlap). Only closed periods followed by another of a different code are touched,
 * so the status on TODAY stays right. Returns the contracts of each kind, for the ground truth.
 */
export function misrecordStatusHistories(
  random: Random,
  stints: readonly Stint[],
): { gaps: ContractPlan[]; overlaps: ContractPlan[] } {
  const faults = { gaps: [] as ContractPlan[], overlaps: [] as ContractPlan[] };
  for (const contract of stints.flatMap((stint) => stint.contracts)) {
    const periods = contract.statusPeriods;
    const boundaries = periods
      .map((period, index) => ({ period, next: periods[index + 1] }))
      .filter(
        ({ period, next }) =>
          next !== undefined &&
          period.to !== null &&
          distinct(period.state, next.state) &&
          daysBetween(period.from, period.to) >= 10,
      );
    if (boundaries.length === 0 || !random.chance(STATUS_HISTORY_FAULT)) continue;
    const { period, next } = random.pick(boundaries);
    if (random.chance(0.5)) {
      period.to = addDays(next.from, -6);
      faults.gaps.push(contract);
    } else {
      period.to = addDays(next.from, 2);
      faults.overlaps.push(contract);
    }
  }
  return faults;
}
