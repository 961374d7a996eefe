import type { ContractKind, ContractPlan, ContractState, EndReason } from "./model";
import type { Level } from "./rmmmg";

/**
 * Each provider's own codes for the neutral model, exactly as the code lists in the migrations spell them
 * (cefa.nomenclature, ifapme.referentiel, sfpme.codification). The one place where provider vocabulary lives.
 */
export interface ProviderCodes {
  contractType: Partial<Record<ContractKind, string>>;
  state: Record<ContractState, string>;
  endReason: Record<EndReason, string>;
  level: Record<Level, string>;
}

/** CEFA codes (cefa.nomenclature). */
export const cefaCodes: ProviderCodes = {
  contractType: { ALTERNANCE: "CA", CAI: "CAI", CPE2: "CPE2", CTTP: "CTTP" },
  state: { SIGNED: "SIGNE", TRIAL: "ESSAI", ACTIVE: "EN_COURS", SUSPENDED: "SUSPENDU", ENDED: "CLOTURE" },
  endReason: {
    TERM: "TERME",
    NOTICE: "RUPTURE_PREAVIS",
    MUTUAL: "RUPTURE_COMMUN",
    FORCE_MAJEURE: "FORCE_MAJEURE",
    COMPANY_EVENT: "CESSATION_ENTREPRISE",
    SERIOUS_BREACH: "FAUTE_GRAVE",
    AGREMENT_WITHDRAWN: "RETRAIT_AGREMENT",
    DEATH: "DECES",
  },
  level: { A: "P1", B: "P2", C: "P3" },
};

/** IFAPME codes (ifapme.referentiel). */
export const ifapmeCodes: ProviderCodes = {
  contractType: { ALTERNANCE: "CAL", CST: "CST" },
  state: { SIGNED: "S", TRIAL: "E", ACTIVE: "A", SUSPENDED: "X", ENDED: "F" },
  endReason: {
    TERM: "R01",
    NOTICE: "R02",
    MUTUAL: "R03",
    FORCE_MAJEURE: "R04",
    COMPANY_EVENT: "R05",
    SERIOUS_BREACH: "R06",
    AGREMENT_WITHDRAWN: "R07",
    DEATH: "R08",
  },
  level: { A: "NIV-A", B: "NIV-B", C: "NIV-C" },
};

/** efp codes (sfpme.codification). */
export const sfpmeCodes: ProviderCodes = {
  contractType: { ALTERNANCE: "CALT", CSTAGE: "CSTAGE", CIP: "CIP" },
  state: { SIGNED: "SIGNEE", TRIAL: "ESSAI", ACTIVE: "ACTIVE", SUSPENDED: "SUSPENDUE", ENDED: "TERMINEE" },
  endReason: {
    TERM: "ECHEANCE",
    NOTICE: "PREAVIS",
    MUTUAL: "ACCORD",
    FORCE_MAJEURE: "FM",
    COMPANY_EVENT: "ENTREPRISE",
    SERIOUS_BREACH: "FAUTE",
    AGREMENT_WITHDRAWN: "AGREMENT",
    DEATH: "DECES",
  },
  level: { A: "AF1", B: "AF2", C: "AF3" },
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
