import { TODAY } from "./calendar";
import { addDays, daysBetween, minDate } from "./dates";
import { type ContractPlan, contractEnd } from "./model";
import { knownRmmmg, knownRmmmgCents, type Level, levelPercent } from "./rmmmg";

/**
 * The months a contrat d'alternance is paid below the minimum of its level, wherever that minimum is known (a
 * known RMMMG every day of the contract in the month, and a level decision in force), for the ground truth.
 * Computed here, from the generator's own plan, by the rule domain.md §3 states and OFFA documents
 * (schema/mappings/README.md): the month's minimum is the RMMMG × the level's share over the contract's days
 * in the month, pro rata by day, rounded half-up to the cent; the month's pay is the pay in force each day, pro
 * rata the same way. A month is below when its pay is under that minimum.
 */
export function payBreachMonths(contract: ContractPlan): string[] {
  if (contract.kind !== "ALTERNANCE" || contract.levels.length === 0) return [];
  const last = minDate(contractEnd(contract), TODAY);
  // Pay, level and RMMMG change only on these days: between two of them every day is alike.
  const changes = [
    ...contract.levels.map((step) => step.on),
    ...contract.payPeriods.map((period) => period.from),
    ...knownRmmmg.flatMap((row) => [row.validFrom, addDays(row.validTo, 1)]),
  ];
  const months: string[] = [];
  for (let month = contract.start.slice(0, 7); `${month}-01` <= last; month = nextMonth(month)) {
    const first = maxDate(`${month}-01`, contract.start);
    const end = minDate(lastDayOf(month), last);
    const cuts = [...new Set(changes.filter((day) => day > first && day <= end))].sort();
    let payCents = 0;
    let minimumTimesHundred = 0;
    let known = true;
    [first, ...cuts].forEach((from, index) => {
      const days = daysBetween(from, index < cuts.length ? cuts[index] : addDays(end, 1));
      const level = levelOn(contract, from);
      const rmmmg = knownRmmmgCents(from);
      if (level === null || rmmmg === null) known = false;
      else {
        payCents += Math.round(payOn(contract, from) * 100) * days;
        minimumTimesHundred += rmmmg * levelPercent[level] * days;
      }
    });
    if (!known) continue;
    const days = daysBetween(first, addDays(end, 1));
    // Half-up rounding of the minimum to the cent, in integers: floor((2x + d) / 2d) with d = days × 100.
    const minimumCents = Math.floor((2 * minimumTimesHundred + days * 100) / (2 * days * 100));
    if (payCents < minimumCents * days) months.push(month);
  }
  return months;
}

function lastDayOf(month: string): string {
  return addDays(`${nextMonth(month)}-01`, -1);
}

function levelOn(contract: ContractPlan, day: string): Level | null {
  let level: Level | null = null;
  for (const step of contract.levels) if (step.on <= day) level = step.level;
  return level;
}

function payOn(contract: ContractPlan, day: string): number {
  let amount = contract.payPeriods[0].amount;
  for (const period of contract.payPeriods) if (period.from <= day) amount = period.amount;
  return amount;
}

function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
