import { COVID_CLOSURE, TODAY } from "./calendar";
import { addDays, daysBetween, minDate } from "./dates";
import { type ContractPlan, type ContractState, contractEnd } from "./model";
import type { Random } from "./random";
import { closedSectorTrades } from "./trades";

/** Synthetic modelling choice: the trial period length is unknown (domain.md §11.1); 'TRIAL' = first 30 days. */
export const TRIAL_STATUS_DAYS = 30;

/**
 * The 2020 suspensions in the sectors closed during COVID (domain.md §5: horeca, hairdressing; 651 IFAPME and
 * 1 280 CEFA learners). Modelling choice: from the closure on 16 March 2020 to the reopening of 8 June 2020 (the
 * last day suspended is the 7th), for a share of the closed-sector contracts running on the first day.
 */
export const COVID_SUSPENSION = { from: COVID_CLOSURE.from, to: "2020-06-07", share: 0.4 } as const;

/**
 * A contract's statuses over time, up to TODAY: signed until the start, on trial for the first 30 days, then
 * running, suspended in the 2020 closures (closed sectors) and, for some contracts running today, suspended
 * since a recent day; ended from the day after the last day. The period covering TODAY has no end.
 */
export function planStatusHistory(random: Random, contract: ContractPlan): ContractPlan["statusPeriods"] {
  const lastDay = contractEnd(contract);
  const days: { state: ContractState; from: string }[] = [];
  if (contract.signedOn < contract.start) days.push({ state: "SIGNED", from: contract.signedOn });
  days.push({ state: "TRIAL", from: contract.start });
  const trialEnd = addDays(contract.start, TRIAL_STATUS_DAYS);
  if (trialEnd <= lastDay) days.push({ state: "ACTIVE", from: trialEnd });
  const closed = closedSectorTrades.has(contract.stint.trade.common);
  if (
    closed &&
    contract.start < COVID_SUSPENSION.from &&
    lastDay >= COVID_SUSPENSION.from &&
    random.chance(COVID_SUSPENSION.share)
  ) {
    days.push({ state: "SUSPENDED", from: COVID_SUSPENSION.from });
    if (COVID_SUSPENSION.to < lastDay) days.push({ state: "ACTIVE", from: addDays(COVID_SUSPENSION.to, 1) });
  }
  const endsBeforeToday = contract.earlyEnd !== null || contract.plannedEnd < TODAY;
  if (
    !endsBeforeToday &&
    contract.start <= TODAY &&
    daysBetween(contract.start, TODAY) > TRIAL_STATUS_DAYS + 10
  ) {
    // Suspensions running today are likelier in the closed sectors (horeca, hairdressing).
    if (random.chance(closed ? 0.06 : 0.015)) {
      const since = addDays(TODAY, -random.int(5, Math.min(120, daysBetween(trialEnd, TODAY))));
      days.push({ state: "SUSPENDED", from: since });
    }
  }
  if (endsBeforeToday) days.push({ state: "ENDED", from: addDays(lastDay, 1) });

  const known = days
    .filter((day) => day.from <= TODAY)
    .sort((a, b) => a.from.localeCompare(b.from))
    // A later event on the same day wins (e.g. a trial cut short by an early end).
    .filter((day, index, all) => index + 1 === all.length || all[index + 1].from !== day.from);
  return known.map((day, index) => ({
    state: day.state,
    from: day.from,
    to: index + 1 < known.length ? minDate(addDays(known[index + 1].from, -1), TODAY) : null,
  }));
}

/** The state on TODAY: the state of the last period (the one covering TODAY). */
export function stateOnToday(periods: ContractPlan["statusPeriods"]): ContractState {
  return periods[periods.length - 1]?.state ?? "SIGNED";
}
