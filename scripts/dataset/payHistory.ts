import { TODAY } from "./calendar";
import { addDays, minDate } from "./dates";
import { type ContractPlan, contractEnd } from "./model";
import type { Random } from "./random";
import { knownRmmmg, type Level, minimumRetribution, roundCents } from "./rmmmg";

/**
 * Shares of raises that come late or never (modelling choices: the real rates are unknown; they make the breach
 * that really happens, pay not raised at a level change or an RMMMG indexation, frequent enough to be seen).
 */
const LATE_RAISE = 0.08;
const MISSED_RAISE = 0.03;

/** Why a contract's pay is below the minimum in some months, for the ground truth. */
export type PayLapse = "LATE_RAISE" | "MISSED_RAISE";

/**
 * The pay history of a contrat d'alternance: the minimum of the start level (× the employer's `extra`, the
 * same for the whole contract), then a raise at each level change and at each RMMMG indexation that lifts the
 * minimum above the pay. Most raises apply on the day; a few come on the 1st of a month 2-5 months later or
 * never. Pay never goes down; raises after the contract's end or after TODAY are not known (the pay agreed at
 * the start is, even for a contract that starts after TODAY).
 */
export function planPayHistory(
  random: Random,
  contract: ContractPlan,
  extra: number,
): { periods: ContractPlan["payPeriods"]; lapses: PayLapse[] } {
  const until = minDate(contractEnd(contract), TODAY);
  const levelOn = (date: string): Level => {
    let level = contract.startLevel;
    for (const step of contract.levels) if (step.on <= date) level = step.level;
    return level;
  };
  const priced = (date: string) => roundCents(minimumRetribution(levelOn(date), date) * (1 + extra));
  const events = [
    ...contract.levels.map((step) => step.on),
    ...knownRmmmg.map((row) => row.validFrom),
  ].filter((date) => date > contract.start && date <= until);
  const raises: ContractPlan["payPeriods"] = [{ from: contract.start, amount: priced(contract.start) }];
  const lapses: PayLapse[] = [];
  let current = raises[0].amount;
  for (const date of [...new Set(events)].sort()) {
    const target = priced(date);
    if (target <= current) continue;
    current = target;
    const roll = random.next();
    if (roll < MISSED_RAISE) {
      lapses.push("MISSED_RAISE");
      continue;
    }
    let from = date;
    if (roll < MISSED_RAISE + LATE_RAISE) {
      lapses.push("LATE_RAISE");
      const later = addDays(date, 31 * random.int(2, 5));
      from = `${later.slice(0, 8)}01`;
    }
    raises.push({ from, amount: target });
  }
  // A late raise may land after a later on-time one: keep the order of days and never lower the pay.
  const periods: ContractPlan["payPeriods"] = [];
  for (const raise of raises
    .filter((r, i) => i === 0 || r.from <= until)
    .sort((a, b) => a.from.localeCompare(b.from))) {
    const last = periods[periods.length - 1];
    if (last && raise.amount <= last.amount) continue;
    if (last && last.from === raise.from) last.amount = raise.amount;
    else periods.push({ ...raise });
  }
  return { periods, lapses };
}
