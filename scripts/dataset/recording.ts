import { TODAY } from "./calendar";
import { addDays, minDate } from "./dates";
import type { ContractPlan, Stint } from "./model";
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
