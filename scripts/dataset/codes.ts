import type { ContractKind, ContractPlan, ContractState, EndReason, Provider } from "./model";
import type { Random } from "./random";
import type { Level } from "./rmmmg";
import { ambiguousTrades, tradesWithoutCounterpart } from "./tradeCatalogue";

/**
 * Each provider's own codes for the neutral model, exactly as the code lists in the migrations spell them
 * (cefa.nomenclature, ifapme.referentiel, sfpme.codification). The one place where provider vocabulary lives
 * in the generator. Modelling choice: the codes are invented in each provider's style (the migrations say so);
 * they differ in shape on purpose, as three separate systems would:
 * - CEFA records one "RUPTURE" for notice and mutual agreement (OFFA cannot tell which: AMBIGUOUS), and a
 *   "REORIENTATION" back to full-time school, a school motive with no common counterpart;
 * - IFAPME has no trial state, splits notice by who gave it (R02E employer, R02A learner), and added R09 in
 *   2024, a code OFFA's rules do not know yet (a data-quality case);
 * - efp records a move out of Brussels (DEMENAGEMENT), which has no common counterpart.
 */
export interface ProviderCodes {
  contractType: Partial<Record<ContractKind, string>>;
  state: Record<ContractState, string>;
  level: Record<Level, string>;
  /** The provider's end-reason code for a neutral reason; may draw on `random` where the provider is finer. */
  endReason(reason: EndReason, contract: ContractPlan, endedOn: string, random: Random): string;
}

/** A provider code the ground truth lists and counts (end reasons and trades: the kinds with such cases). */
export interface ListedProviderCode {
  provider: Provider;
  kind: "END_REASON" | "TRADE";
  code: string;
}

/**
 * Codes the generator writes that have no common value by design (the rules say NO_COUNTERPART). Trades with
 * no common counterpart are added from the trade catalogue (tradeCatalogue.ts).
 */
export const UNMAPPED_BY_DESIGN: readonly ListedProviderCode[] = [
  { provider: "cefa", kind: "END_REASON", code: "REORIENTATION" },
  { provider: "sfpme", kind: "END_REASON", code: "DEMENAGEMENT" },
  ...tradesWithoutCounterpart,
];

/** Codes the generator writes that OFFA's rules do not know: data-quality findings, never guessed. */
export const UNKNOWN_TO_RULES: readonly ListedProviderCode[] = [
  { provider: "ifapme", kind: "END_REASON", code: "R09" },
];

/** Codes that cover several common values (the rules give NARROWER candidates: AMBIGUOUS). */
export const AMBIGUOUS_CODES: readonly ListedProviderCode[] = [
  { provider: "cefa", kind: "END_REASON", code: "RUPTURE" },
  ...ambiguousTrades,
];

/** Share of ended-by-a-party contracts recorded with a provider's own motive instead (modelling choice). */
const OWN_MOTIVE_SHARE = 0.12;

const commonEndCodes = (codes: Record<EndReason, string>) => (reason: EndReason) => codes[reason];

const cefaEnd = commonEndCodes({
  TERM: "TERME",
  NOTICE: "RUPTURE",
  MUTUAL: "RUPTURE",
  FORCE_MAJEURE: "FORCE_MAJEURE",
  COMPANY_EVENT: "CESSATION_ENTREPRISE",
  SERIOUS_BREACH: "FAUTE_GRAVE",
  AGREMENT_WITHDRAWN: "RETRAIT_AGREMENT",
  DEATH: "DECES",
});

/** CEFA codes (cefa.nomenclature). */
export const cefaCodes: ProviderCodes = {
  contractType: { ALTERNANCE: "CA", PRE_2015: "CISP", CAI: "CAI", CPE2: "CPE2", CTTP: "CTTP" },
  state: { SIGNED: "SIGNE", TRIAL: "ESSAI", ACTIVE: "EN_COURS", SUSPENDED: "SUSPENDU", ENDED: "CLOTURE" },
  level: { A: "P1", B: "P2", C: "P3" },
  endReason: (reason, _contract, _endedOn, random) =>
    (reason === "NOTICE" || reason === "MUTUAL") && random.chance(OWN_MOTIVE_SHARE)
      ? "REORIENTATION"
      : cefaEnd(reason),
};

const ifapmeEnd = commonEndCodes({
  TERM: "R01",
  NOTICE: "R02E",
  MUTUAL: "R03",
  FORCE_MAJEURE: "R04",
  COMPANY_EVENT: "R05",
  SERIOUS_BREACH: "R06",
  AGREMENT_WITHDRAWN: "R07",
  DEATH: "R08",
});

/** IFAPME codes (ifapme.referentiel). IFAPME tracks no trial period: a contract in trial is active. */
export const ifapmeCodes: ProviderCodes = {
  contractType: { ALTERNANCE: "CAL", PRE_2015: "CAPP", CST: "CST" },
  state: { SIGNED: "S", TRIAL: "A", ACTIVE: "A", SUSPENDED: "X", ENDED: "F" },
  level: { A: "NIV-A", B: "NIV-B", C: "NIV-C" },
  endReason: (reason, _contract, endedOn, random) => {
    // R09 exists from 2024-09-01 (000002_ifapme_dated_codes.sql).
    if ((reason === "NOTICE" || reason === "MUTUAL") && endedOn >= "2024-09-01" && random.chance(0.2))
      return "R09";
    if (reason === "NOTICE") return random.chance(0.6) ? "R02E" : "R02A";
    return ifapmeEnd(reason);
  },
};

const sfpmeEnd = commonEndCodes({
  TERM: "ECHEANCE",
  NOTICE: "PREAVIS",
  MUTUAL: "ACCORD",
  FORCE_MAJEURE: "FM",
  COMPANY_EVENT: "ENTREPRISE",
  SERIOUS_BREACH: "FAUTE",
  AGREMENT_WITHDRAWN: "AGREMENT",
  DEATH: "DECES",
});

/** efp codes (sfpme.codification). */
export const sfpmeCodes: ProviderCodes = {
  contractType: { ALTERNANCE: "CALT", PRE_2015: "CA-CM", CSTAGE: "CSTAGE", CIP: "CIP" },
  state: { SIGNED: "SIGNEE", TRIAL: "ESSAI", ACTIVE: "ACTIVE", SUSPENDED: "SUSPENDUE", ENDED: "TERMINEE" },
  level: { A: "AF1", B: "AF2", C: "AF3" },
  endReason: (reason, _contract, _endedOn, random) =>
    (reason === "NOTICE" || reason === "MUTUAL") && random.chance(OWN_MOTIVE_SHARE)
      ? "DEMENAGEMENT"
      : sfpmeEnd(reason),
};

/** A contract's provider code for its type; throws when the provider has no such arrangement (a bug). */
export function contractTypeCode(codes: ProviderCodes, contract: ContractPlan): string {
  const code = codes.contractType[contract.kind];
  if (!code) throw new Error(`No provider code for contract kind ${contract.kind}`);
  return code;
}

/** The end of a contract as the stores record it: the day it ended and why, or nulls while it runs. */
export function endOf(contract: ContractPlan): { endedOn: string | null; reason: EndReason | null } {
  if (contract.state !== "ENDED") return { endedOn: null, reason: null };
  return contract.earlyEnd
    ? { endedOn: contract.earlyEnd.on, reason: contract.earlyEnd.reason }
    : { endedOn: contract.plannedEnd, reason: "TERM" };
}

/** The provider's end-reason code of an ended contract, or null while it runs. */
export function nativeEndReason(codes: ProviderCodes, contract: ContractPlan, random: Random): string | null {
  const { endedOn, reason } = endOf(contract);
  return reason && endedOn ? codes.endReason(reason, contract, endedOn, random) : null;
}

/**
 * A contract's status periods in a provider's codes. Consecutive periods the provider codes alike are one
 * period in its store (IFAPME records a contract on trial as active, so it has no trial period).
 */
export function nativeStatusPeriods(
  codes: ProviderCodes,
  contract: ContractPlan,
): { code: string; from: string; to: string | null }[] {
  const periods: { code: string; from: string; to: string | null }[] = [];
  for (const period of contract.statusPeriods) {
    const code = codes.state[period.state];
    const last = periods[periods.length - 1];
    if (last && last.code === code) last.to = period.to;
    else periods.push({ code, from: period.from, to: period.to });
  }
  return periods;
}
