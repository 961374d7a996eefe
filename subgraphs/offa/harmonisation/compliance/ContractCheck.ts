import { monthBounds } from "../calendar/isoDate";
import type { LevelTimeline } from "../levels/levelTimeline";
import type { LevelPayShare, RmmmgRow } from "../pay/PayReference";

/** The common contract type the checks apply to (offa.common_contract_type, the one with is_contrat_alternance). */
export const CONTRAT_ALTERNANCE = "CONTRAT_ALTERNANCE";

/** Agrément statuses, a modelling choice (domain.md §4). */
export type AccreditationStatus = "ACTIVE" | "SUSPENDED" | "WITHDRAWN" | "REFUSED";

/** The monthly lump-sum rétribution in force from `from` (inclusive) until the next period starts (domain.md §3). */
export interface PayPeriodFact {
  from: string;
  amountCents: number;
}

/**
 * A status period of the contract: the provider's code and its common status (null when the code has no single
 * common value on the rules' date), from `from` to `to` inclusive (`to` null: still in force).
 */
export interface StatusPeriodFact {
  nativeCode: string;
  status: string | null;
  from: string;
  to: string | null;
}

/**
 * The end reason the provider recorded: its code, the common reason when MAPPED, and every common reason it may
 * stand for (the target when MAPPED, the candidates when AMBIGUOUS, none when UNMAPPED).
 */
export interface EndReasonFact {
  nativeCode: string;
  common: string | null;
  candidates: readonly string[];
}

/**
 * A contract already normalised to the common model, with what the checks need around it: every input of every
 * month, so that judging a month costs no query.
 */
export interface ContractFacts {
  id: string;
  /** Common contract type code; null when the native type is UNMAPPED. */
  contractType: string | null;
  signatureDate: string;
  startDate: string;
  plannedEndDate: string;
  /** The effective end when the contract ended (early or at term); null while it runs. */
  endedOn: string | null;
  /** Weekly averages, converted by OFFA where a provider records another unit; null when not convertible. */
  companyHoursPerWeek: number | null;
  centreHoursPerWeek: number | null;
  /** The rétribution over time (NativeContract.payPeriods), any order; each runs until the next one starts. */
  payPeriods: readonly PayPeriodFact[];
  /** The statuses over time (NativeContract.statusPeriods); empty when the provider records only the current one. */
  statusPeriods: readonly StatusPeriodFact[];
  /** Null when no end reason is recorded. */
  endReason: EndReasonFact | null;
  learnerBirthDate: string | null;
  /** Whether the provider's record of the learner names a legal representative; null when not known. */
  learnerHasLegalRepresentative: boolean | null;
  establishmentUnitNumber: string;
  /** Common trade code; null when the native trade has none (UNMAPPED) or several (AMBIGUOUS). */
  tradeCode: string | null;
  /**
   * The learner's other contracts at any provider, type and trade in common codes (type null = UNMAPPED; trade
   * null = no single common trade).
   */
  otherContracts: readonly {
    id: string;
    startDate: string;
    endDate: string;
    contractType: string | null;
    tradeCode: string | null;
  }[];
  /** The agréments of this establishment unit (any trade). */
  accreditations: readonly {
    trade: string;
    status: AccreditationStatus;
    decidedOn: string;
    withdrawnOn: string | null;
    /** The agrément's dated events (offa.accreditation_event), oldest first; absent when not loaded. */
    events?: readonly { kind: string; on: string }[];
  }[];
  /** The learner's level on this contract (buildLevelTimeline). */
  levelTimeline: LevelTimeline;
  rmmmg: readonly RmmmgRow[];
  levelPayShares: readonly LevelPayShare[];
}

/** The day a contract ends for overlap and pay: the effective end when it ended, else the planned end. */
export function contractLastDay(contract: Pick<ContractFacts, "endedOn" | "plannedEndDate">): string {
  return contract.endedOn ?? contract.plannedEndDate;
}

/** What every check receives: the contract, the month judged ('YYYY-MM') and the contract's days in it. */
export interface ContractMonthContext {
  contract: ContractFacts;
  month: string;
  /** The contract's own days in the month, inclusive; null when the contract does not run that month. */
  days: { from: string; to: string } | null;
}

/** The context of one month of a contract. */
export function buildMonthContext(contract: ContractFacts, month: string): ContractMonthContext {
  const { first, last } = monthBounds(month);
  const end = contractLastDay(contract);
  const from = contract.startDate > first ? contract.startDate : first;
  const to = end < last ? end : last;
  return { contract, month, days: from <= to ? { from, to } : null };
}

/**
 * A check's verdict on one month: PASS, FLAG with a sentence carrying the numbers, or NOT_EVALUATED with why
 * (an input unknown): a check that cannot be judged never passes silently and is never guessed.
 */
export type CheckOutcome =
  { kind: "PASS" } | { kind: "FLAG"; reason: string } | { kind: "NOT_EVALUATED"; reason: string };

/** The month passes the check. */
export const pass: CheckOutcome = Object.freeze({ kind: "PASS" });

/** The month breaks the rule; `reason` says how, with the numbers. */
export function flag(reason: string): CheckOutcome {
  return { kind: "FLAG", reason };
}

/** The month cannot be judged; `reason` names the unknown input. */
export function notEvaluated(reason: string): CheckOutcome {
  return { kind: "NOT_EVALUATED", reason };
}

/**
 * One compliance check of a contrat d'alternance: a stable code (public API, never reused), the domain.md
 * section it enforces, and a pure function of one month of one contract. Listed once in specifiedChecks.
 */
export interface ContractCheck<Code extends string = string> {
  readonly code: Code;
  /** The section of /work/shared/domain.md whose rule the check enforces, e.g. "§3". */
  readonly source: string;
  readonly check: (context: ContractMonthContext) => CheckOutcome;
}

/** The reason a per-month check gives for a month the contract does not run in. */
export function outsideContractReason(context: ContractMonthContext): string {
  const { contract } = context;
  return `the contract does not run in ${context.month} (it runs ${contract.startDate} to ${contractLastDay(contract)})`;
}
