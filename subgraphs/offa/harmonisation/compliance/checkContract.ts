import { ageOn, monthBounds, periodsOverlap } from "../calendar/isoDate";
import type { LevelTimeline } from "../levels/levelTimeline";
import { formatEuros } from "../pay/formatEuros";
import { minimumMonthlyPay, type MinimumMonthlyPay } from "../pay/minimumMonthlyPay";
import type { LevelPayShare, RmmmgRow } from "../pay/PayReference";

/** The common contract type the checks apply to (offa.common_contract_type, the one with is_contrat_alternance). */
export const CONTRAT_ALTERNANCE = "CONTRAT_ALTERNANCE";

/** The checks, in the order they are reported. */
export const CONTRACT_CHECK_CODES = [
  "PAY_BELOW_MINIMUM",
  "OVER_38_HOURS",
  "UNDER_20_COMPANY_HOURS",
  "AGE_AT_SIGNATURE",
  "NO_ACCREDITATION",
  "OVERLAPPING_CONTRACT",
] as const;

/** One of CONTRACT_CHECK_CODES. */
export type ContractCheckCode = (typeof CONTRACT_CHECK_CODES)[number];

/** Agrément statuses, a modelling choice (domain.md §4). */
export type AccreditationStatus = "ACTIVE" | "SUSPENDED" | "WITHDRAWN" | "REFUSED";

/** A contract already normalised to the common model, with what the checks need around it. */
export interface ContractCheckInput {
  id: string;
  /** Common contract type code; null when the native type is UNMAPPED. */
  contractType: string | null;
  signatureDate: string;
  startDate: string;
  /** Inclusive: the effective end when ended early, else the planned end. */
  endDate: string;
  /** Weekly averages, converted by OFFA where a provider records another unit; null when not convertible. */
  companyHoursPerWeek: number | null;
  centreHoursPerWeek: number | null;
  /** The monthly lump-sum rétribution, in cents. */
  monthlyPayCents: number;
  learnerBirthDate: string | null;
  establishmentUnitNumber: string;
  /** Common trade code; null when the native trade has none (UNMAPPED) or several (AMBIGUOUS). */
  tradeCode: string | null;
  /** The learner's other contracts at any provider, types in common codes (null = UNMAPPED). */
  otherContracts: readonly { id: string; startDate: string; endDate: string; contractType: string | null }[];
  /** The agréments of this establishment unit (any trade). */
  accreditations: readonly {
    trade: string;
    status: AccreditationStatus;
    decidedOn: string;
    withdrawnOn: string | null;
  }[];
  /** The learner's level on this contract (buildLevelTimeline). */
  levelTimeline: LevelTimeline;
  rmmmg: readonly RmmmgRow[];
  levelPayShares: readonly LevelPayShare[];
  /** The month whose pay is checked, 'YYYY-MM'. */
  month: string;
}

/** A check's outcome, with a sentence that carries the numbers. */
export interface ContractCheckFinding {
  code: ContractCheckCode;
  reason: string;
}

/**
 * The checks' result. `scope` says whether they applied: they do for a contrat d'alternance only; for another
 * arrangement or an unmapped type every check is in notEvaluated, so nothing ever reads as a silent pass.
 */
export interface ContractCheckResult {
  scope: "CONTRAT_ALTERNANCE" | "OTHER_ARRANGEMENT" | "TYPE_UNMAPPED";
  flags: ContractCheckFinding[];
  notEvaluated: ContractCheckFinding[];
}

type Outcome = { flag: string } | { notEvaluated: string } | null;

/**
 * Checks a contrat d'alternance against the rules of domain.md §2-§4 and returns what it breaks (flags) and what
 * could not be judged (notEvaluated, with why: unknown RMMMG for the month, unmapped trade or level, missing
 * birth date…). A check that cannot be evaluated is never flagged and never passes silently. Flags are
 * signals for a person to review, not decisions: derogations exist (e.g. age for Brussels learners).
 * - PAY_BELOW_MINIMUM: monthly pay below RMMMG × level share for `month` (§3, see minimumMonthlyPay);
 * - OVER_38_HOURS: company + centre hours above 38 h a week on average (§2);
 * - UNDER_20_COMPANY_HOURS: company hours below 20 h a week on average (§2);
 * - AGE_AT_SIGNATURE: under 15, or 25 or over, on the signature date (§2: concluded before age 25);
 * - NO_ACCREDITATION: no agrément of the unit for the trade in force on the start date (§2, §4);
 * - OVERLAPPING_CONTRACT: another contrat d'alternance of the learner, at any provider, sharing a day (§2).
 */
export function checkContract(input: ContractCheckInput): ContractCheckResult {
  if (input.contractType !== CONTRAT_ALTERNANCE) {
    const unmapped = input.contractType === null;
    const reason = unmapped
      ? `the contract type is UNMAPPED, so whether it is a contrat d'alternance is unknown (domain.md §10)`
      : `contract type ${input.contractType} is a distinct arrangement, not a contrat d'alternance; the check applies to the contrat d'alternance only (domain.md §2)`;
    return {
      scope: unmapped ? "TYPE_UNMAPPED" : "OTHER_ARRANGEMENT",
      flags: [],
      notEvaluated: CONTRACT_CHECK_CODES.map((code) => ({ code, reason })),
    };
  }

  const outcomes: Record<ContractCheckCode, Outcome> = {
    PAY_BELOW_MINIMUM: checkPay(input),
    OVER_38_HOURS: checkTotalHours(input),
    UNDER_20_COMPANY_HOURS: checkCompanyHours(input),
    AGE_AT_SIGNATURE: checkAge(input),
    NO_ACCREDITATION: checkAccreditation(input),
    OVERLAPPING_CONTRACT: checkOverlap(input),
  };
  const result: ContractCheckResult = { scope: "CONTRAT_ALTERNANCE", flags: [], notEvaluated: [] };
  for (const code of CONTRACT_CHECK_CODES) {
    const outcome = outcomes[code];
    if (outcome === null) continue;
    if ("flag" in outcome) result.flags.push({ code, reason: outcome.flag });
    else result.notEvaluated.push({ code, reason: outcome.notEvaluated });
  }
  return result;
}

function checkPay(input: ContractCheckInput): Outcome {
  const { first, last } = monthBounds(input.month);
  if (!periodsOverlap(first, last, input.startDate, input.endDate)) {
    return {
      notEvaluated: `the contract does not run in ${input.month} (it runs ${input.startDate} to ${input.endDate})`,
    };
  }
  if (!Number.isSafeInteger(input.monthlyPayCents) || input.monthlyPayCents < 0) {
    return {
      notEvaluated: `the monthly pay ${String(input.monthlyPayCents)} is not a whole number of cents`,
    };
  }
  const minimum = minimumMonthlyPay({
    month: input.month,
    levelOn: input.levelTimeline.levelOn,
    rmmmg: input.rmmmg,
    shares: input.levelPayShares,
    period: { from: input.startDate, to: input.endDate },
  });
  if (minimum.amountCents === null) return { notEvaluated: unknownMinimumReason(input, minimum) };
  if (input.monthlyPayCents >= minimum.amountCents) return null;
  const derived = minimum.derived ? " (from a derived RMMMG, domain.md §3)" : "";
  return {
    flag:
      `pay ${formatEuros(input.monthlyPayCents)} < minimum ${formatEuros(minimum.amountCents)} ` +
      `for ${levelsOf(minimum)} in ${input.month}${derived}`,
  };
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

function unknownMinimumReason(input: ContractCheckInput, minimum: MinimumMonthlyPay): string {
  const prefix = `the minimum for ${input.month} cannot be computed:`;
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
      const entry = part ? input.levelTimeline.entryOn(part.from) : null;
      const why =
        entry === null
          ? `no level decision is recorded for ${part?.from} to ${part?.to}`
          : entry.mappingStatus === "CONFLICTING_RECORDS"
            ? `level records ${entry.conflictingCodes?.join(" and ")} of ${entry.from} conflict`
            : `${input.levelTimeline.namespace} level code ${entry.nativeCode} is UNMAPPED from ${entry.from}`;
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

// Hours compared in tenths, the precision of the provider columns, so 0.1 + 0.2 style float noise cannot flip a
// check at the 38 h or 20 h boundary.
function tenths(hours: number | null): number | null {
  return hours !== null && Number.isFinite(hours) && hours >= 0 ? Math.round(hours * 10) : null;
}

function formatHours(tenthsOfHour: number): string {
  return `${Math.floor(tenthsOfHour / 10)}.${tenthsOfHour % 10} h`;
}

function checkTotalHours(input: ContractCheckInput): Outcome {
  const company = tenths(input.companyHoursPerWeek);
  const centre = tenths(input.centreHoursPerWeek);
  if (company === null || centre === null) {
    return {
      notEvaluated: `weekly hours are unknown or not valid numbers (company ${input.companyHoursPerWeek}, centre ${input.centreHoursPerWeek})`,
    };
  }
  if (company + centre <= 380) return null;
  return {
    flag: `company ${formatHours(company)} + centre ${formatHours(centre)} = ${formatHours(company + centre)} a week > 38 h on average (domain.md §2)`,
  };
}

function checkCompanyHours(input: ContractCheckInput): Outcome {
  const company = tenths(input.companyHoursPerWeek);
  if (company === null)
    return {
      notEvaluated: `company weekly hours ${input.companyHoursPerWeek} are unknown or not a valid number`,
    };
  if (company >= 200) return null;
  return { flag: `company ${formatHours(company)} a week < 20 h on average (domain.md §2)` };
}

function checkAge(input: ContractCheckInput): Outcome {
  if (input.learnerBirthDate === null) return { notEvaluated: "the learner's birth date is unknown" };
  const age = ageOn(input.learnerBirthDate, input.signatureDate);
  if (age < 15) {
    return {
      flag: `learner aged ${age} at signature on ${input.signatureDate} (born ${input.learnerBirthDate}); the minimum is 15 (domain.md §2)`,
    };
  }
  if (age >= 25) {
    return {
      flag:
        `learner aged ${age} at signature on ${input.signatureDate} (born ${input.learnerBirthDate}); ` +
        `the contract must be concluded before 25 (domain.md §2; derogations exist, e.g. Brussels learners)`,
    };
  }
  return null;
}

/**
 * An agrément covers the start when it is for the trade, was decided on or before the start, and was in force
 * that day: ACTIVE and not withdrawn before the start, or WITHDRAWN only after the start (it existed when the
 * contract began; the withdrawal ends the contract, §2, a different matter). A SUSPENDED agrément has no
 * suspension date, so whether it was in force on the start is unknown.
 */
function checkAccreditation(input: ContractCheckInput): Outcome {
  if (input.tradeCode === null) {
    return {
      notEvaluated:
        "the trade has no single common trade (UNMAPPED or AMBIGUOUS), so the agrément (per establishment unit and trade, domain.md §4) cannot be looked up",
    };
  }
  const start = input.startDate;
  const forTrade = input.accreditations.filter((a) => a.trade === input.tradeCode);
  const decidedBefore = forTrade.filter((a) => a.decidedOn <= start);
  const covers = decidedBefore.some(
    (a) =>
      (a.status === "ACTIVE" && (a.withdrawnOn === null || a.withdrawnOn >= start)) ||
      (a.status === "WITHDRAWN" && a.withdrawnOn !== null && a.withdrawnOn >= start),
  );
  if (covers) return null;
  if (decidedBefore.some((a) => a.status === "SUSPENDED")) {
    return {
      notEvaluated: `the agrément of unit ${input.establishmentUnitNumber} for ${input.tradeCode} is SUSPENDED and when the suspension began is not recorded`,
    };
  }
  const found =
    forTrade.length === 0
      ? "none for this trade"
      : forTrade
          .map(
            (a) => `${a.status} decided ${a.decidedOn}${a.withdrawnOn ? ` withdrawn ${a.withdrawnOn}` : ""}`,
          )
          .join("; ");
  return {
    flag:
      `no agrément in force for unit ${input.establishmentUnitNumber} and trade ${input.tradeCode} on the start ${start} ` +
      `(found: ${found}); it must exist before the contract (domain.md §4)`,
  };
}

function checkOverlap(input: ContractCheckInput): Outcome {
  const overlapping = input.otherContracts.filter(
    (other) =>
      other.id !== input.id && periodsOverlap(input.startDate, input.endDate, other.startDate, other.endDate),
  );
  const alternance = overlapping.filter((other) => other.contractType === CONTRAT_ALTERNANCE);
  if (alternance.length > 0) {
    return {
      flag:
        `contract ${input.id} (${input.startDate} to ${input.endDate}) overlaps contrat d'alternance ` +
        `${alternance.map((o) => `${o.id} (${o.startDate} to ${o.endDate})`).join(", ")}; ` +
        `a learner may not hold two at the same time (domain.md §2)`,
    };
  }
  const unknown = overlapping.filter((other) => other.contractType === null);
  if (unknown.length > 0) {
    return {
      notEvaluated: `overlapping contract ${unknown.map((o) => `${o.id} (${o.startDate} to ${o.endDate})`).join(", ")} has an UNMAPPED type`,
    };
  }
  return null;
}
