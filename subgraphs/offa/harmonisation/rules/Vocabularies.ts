import type { MappingKind, Namespace } from "./MappingRule";

/**
 * The native codes one provider actually has, per kind (its code lists and trade catalogue). The OFFA subgraph
 * holds no provider database setting (style.md), so the caller fetches these from each provider subgraph through
 * federation and hands them in.
 */
export interface ProviderVocabulary {
  namespace: Namespace;
  codes: readonly ProviderCode[];
}

/**
 * One native code. validFrom/validTo: the days the provider's code list says the code could be used (a
 * contract type: signed); null = since always / still in use. Records keep old codes after that.
 */
export interface ProviderCode {
  kind: MappingKind;
  code: string;
  validFrom?: string | null;
  validTo?: string | null;
}

/**
 * OFFA's own common vocabularies (offa.common_* tables), the only valid targets of a mapping (domain.md §10).
 * Certifications carry who may issue them (CESS: cefa only), contract types whether they are the common
 * contrat d'alternance.
 */
export interface CommonVocabularies {
  levels: readonly string[];
  certifications: readonly { code: string; issuingProviders: readonly string[] }[];
  /** validFrom/validTo: the days a contract of that type could be signed (null = open). */
  contractTypes: readonly {
    code: string;
    isContratAlternance: boolean;
    validFrom: string | null;
    validTo: string | null;
  }[];
  contractStatuses: readonly string[];
  endReasons: readonly string[];
  trades: readonly string[];
}
