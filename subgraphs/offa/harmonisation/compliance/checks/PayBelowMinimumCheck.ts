import { addDays, monthBounds } from "../../calendar/isoDate";
import { formatEuros } from "../../pay/formatEuros";
import { minimumMonthlyPay, type MinimumMonthlyPay } from "../../pay/minimumMonthlyPay";
import {
  contractLastDay,
  flag,
  notEvaluated,
  outsideContractReason,
  pass,
  type CheckOutcome,
  type ContractCheck,
  type ContractMonthContext,
  type PayPeriodFact,
} from "../ContractCheck";

/** Consecutive days of the month paid the same amount. */
interface PaidDays {
  from: string;
  to: string;
  days: number;
  amountCents: number | null;
}

/**
 * PAY_BELOW_MINIMUM, domain.md §3 (and §10, rétribution check): the rétribution paid in a month is below the
 * minimum of THAT month, RMMMG in force × the share of the level in force (A 17 %, B 24 %, C 32 %), so a raise
 * not applied after a level change or an RMMMG indexation is caught in exactly the months it is missing.
 *
 * Modelling choice: the pay in force on each day comes from the contract's pay periods (each runs until the next
 * one starts). A month whose pay changes inside it is judged the same pro-rata way the minimum is
 * (minimumMonthlyPay): over the contract's own days of the month, the paid amount is the average by day of the
 * amount in force. It is compared exactly, in integers (sum over days of the amount < minimum × days), and never
 * rounded: what was paid is a fact, only the minimum is a computed amount rounded to the cent. A flagged month
 * shows the average rounded down to the cent, so the reason never reads "x < x". A day with no pay recorded, an
 * unknown RMMMG, level or share makes the month not evaluated, never guessed.
 */
export const PayBelowMinimumCheck: ContractCheck<"PAY_BELOW_MINIMUM"> = {
  code: "PAY_BELOW_MINIMUM",
  source: "§3",
  check(context: ContractMonthContext): CheckOutcome {
    const { contract, month, days } = context;
    if (days === null) return notEvaluated(outsideContractReason(context));
    const invalid = contract.payPeriods.find(
      (period) => !Number.isSafeInteger(period.amountCents) || period.amountCents < 0,
    );
    if (invalid) {
      return notEvaluated(
        `the monthly pay ${String(invalid.amountCents)} from ${invalid.from} is not a whole number of cents`,
      );
    }
    const paid = paidDays(contract.payPeriods, days.from, days.to);
    const unpaid = paid.filter((part) => part.amountCents === null);
    if (unpaid.length > 0) {
      return notEvaluated(
        `the pay in ${month} is unknown: no pay period covers ${unpaid.map((p) => `${p.from} to ${p.to}`).join(", ")}`,
      );
    }
    const minimum = minimumMonthlyPay({
      month,
      levelOn: contract.levelTimeline.levelOn,
      rmmmg: contract.rmmmg,
      shares: contract.levelPayShares,
      period: { from: contract.startDate, to: contractLastDay(contract) },
    });
    if (minimum.amountCents === null) return notEvaluated(unknownMinimumReason(context, minimum));
    const { sum, days: counted } = paidSum(paid);
    if (sum >= minimum.amountCents * counted) return pass;
    const paidCents = Math.floor(sum / counted);
    const derived = minimum.derived ? " (from a derived RMMMG, domain.md §3)" : "";
    return flag(
      `pay ${describePaid(paid, paidCents)} < minimum ${formatEuros(minimum.amountCents)} ` +
        `for ${levelsOf(minimum)} in ${month}${derived}`,
    );
  },
};

// The amount in force on each day from `from` to `to`, merged into runs of equal amounts.
function paidDays(periods: readonly PayPeriodFact[], from: string, to: string): PaidDays[] {
  const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const runs: PaidDays[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    let amountCents: number | null = null;
    for (const period of sorted) if (period.from <= day) amountCents = period.amountCents;
    const previous = runs[runs.length - 1];
    if (previous && previous.amountCents === amountCents) {
      previous.to = day;
      previous.days += 1;
    } else {
      runs.push({ from: day, to: day, days: 1, amountCents });
    }
  }
  return runs;
}

// The sum over days of the amount in force, in cents × days: exact integers (well below 2^53).
function paidSum(paid: PaidDays[]): { sum: number; days: number } {
  let sum = 0;
  let days = 0;
  for (const part of paid) {
    sum += (part.amountCents as number) * part.days;
    days += part.days;
  }
  return { sum, days };
}

function describePaid(paid: PaidDays[], paidCents: number): string {
  if (paid.length === 1) return formatEuros(paidCents);
  const pieces = paid.map((part) => `${formatEuros(part.amountCents as number)} ${part.from} to ${part.to}`);
  return `${formatEuros(paidCents)} pro rata by day (${pieces.join("; ")})`;
}

function levelsOf(minimum: MinimumMonthlyPay): string {
  const { first, last } = monthBounds(minimum.month);
  const [only] = minimum.parts;
  if (minimum.parts.length === 1 && only.from === first && only.to === last) return `level ${only.level}`;
  const levels = [...new Set(minimum.parts.map((part) => part.level))];
  const pieces = minimum.parts.map(
    (part) =>
      `${part.level} ${part.from} to ${part.to}: ${formatEuros(part.rmmmgCents ?? 0)} × ${part.percent} %`,
  );
  return `level${levels.length > 1 ? "s" : ""} ${levels.join(", ")} pro rata by day (${pieces.join("; ")})`;
}

function unknownMinimumReason(context: ContractMonthContext, minimum: MinimumMonthlyPay): string {
  const { contract, month } = context;
  const prefix = `the minimum for ${month} cannot be computed:`;
  // minimumMonthlyPay always gives a reason with a null amount; "RMMMG_UNKNOWN" only satisfies the compiler.
  const reason = minimum.reason ?? "RMMMG_UNKNOWN";
  switch (reason) {
    case "RMMMG_UNKNOWN": {
      const days = minimum.parts
        .filter((part) => part.rmmmgCents === null)
        .map((part) => `${part.from} to ${part.to}`);
      return `${prefix} the RMMMG is unknown for ${days.join(", ")} (no known amount, domain.md §11.5)`;
    }
    case "LEVEL_UNKNOWN": {
      const part = minimum.parts.find((p) => p.level === null);
      const entry = part ? contract.levelTimeline.entryOn(part.from) : null;
      const why =
        entry === null
          ? `no level decision is recorded for ${part?.from} to ${part?.to}`
          : entry.mappingStatus === "CONFLICTING_RECORDS"
            ? `level records ${entry.conflictingCodes?.join(" and ")} of ${entry.from} conflict`
            : `${contract.levelTimeline.namespace} level code ${entry.nativeCode} is UNMAPPED from ${entry.from}`;
      return `${prefix} the level is unknown (${why}; a level is never inferred, domain.md §10)`;
    }
    case "SHARE_UNKNOWN": {
      const part = minimum.parts.find((p) => p.percent === null);
      return `${prefix} no pay share is known for level ${part?.level} on ${part?.from} (domain.md §11.4)`;
    }
    default:
      return unreachable(reason);
  }
}

function unreachable(value: never): never {
  throw new Error(`Unhandled minimum-pay reason ${String(value)}`);
}
