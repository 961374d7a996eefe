import { addDays, addYears, daysBetween, minDate } from "./dates";
import { type ContractPlan, type Stint, contractEnd } from "./model";
import type { Random } from "./random";

/** Share of cross-provider movers given two overlapping contracts on purpose (at least one per dataset). */
const OVERLAP_SHARE = 0.005;

/**
 * Makes a few movers hold two contracts at once, by a few weeks: the new provider's first contract starts
 * before the old one ended. A learner may not hold two contrats d'alternance at the same time (domain.md §2),
 * so these pairs give the "overlapping contracts" check known cases. Returns the pairs (old, new).
 */
export function makeDeliberateOverlaps(
  random: Random,
  stints: readonly Stint[],
): [ContractPlan, ContractPlan][] {
  const movers = stints.filter((stint) => stint.origin?.move);
  const candidates = movers.filter((stint) => {
    const before = lastContract(stint.origin?.stint);
    const after = stint.contracts[0];
    if (!before || !after) return false;
    // The old contract must end close to the new one's start, so moving the start a few weeks earlier makes
    // a short overlap that still starts after the old contract.
    const gap = daysBetween(contractEnd(before), after.start);
    return gap > 0 && gap <= 100 && daysBetween(before.start, contractEnd(before)) > 90;
  });
  const wanted = Math.min(candidates.length, Math.max(1, Math.round(movers.length * OVERLAP_SHARE)));
  const pairs: [ContractPlan, ContractPlan][] = [];
  for (const stint of random.shuffle(candidates).slice(0, wanted)) {
    const before = lastContract(stint.origin?.stint) as ContractPlan;
    const after = stint.contracts[0];
    after.start = addDays(contractEnd(before), -random.int(14, 42));
    after.signedOn = addDays(after.start, -random.int(3, 20));
    // Contracts last at most 3 years: starting earlier ends earlier too.
    after.plannedEnd = minDate(after.plannedEnd, addDays(addYears(after.start, 3), -1));
    if (after.earlyEnd && after.earlyEnd.on >= after.plannedEnd) after.earlyEnd = null;
    pairs.push([before, after]);
  }
  return pairs.sort((a, b) => a[1].stint.id - b[1].stint.id);
}

function lastContract(stint: Stint | undefined): ContractPlan | undefined {
  return stint?.contracts[stint.contracts.length - 1];
}
