import type { MappingKind, Namespace } from "./MappingRule";

/**
 * The native codes one provider actually has, per kind (its code lists and trade catalogue). The OFFA subgraph
 * holds no provider database setting (style.md), so the caller fetches these from each provider subgraph through
 * federation and hands them in.
 */
export interface ProviderVocabulary {
  namespace: Namespace;
  codes: readonly { kind: MappingKind; code: string }[];
}

/**
 * OFFA's own common vocabularies (offa.common_* tables), the only valid targets of a mapping (domain.md §10).
 * Certifications carry who may issue them (CESS: cefa only), contract types whether they are the common
 * contrat d'alternance.
 */
export interface CommonVocabularies {
  levels: readonly string[];
  certifications: readonly { code: string; issuingProviders: readonly string[] }[];
  contractTypes: readonly { code: string; isContratAlternance: boolean }[];
  contractStatuses: readonly string[];
  endReasons: readonly string[];
  trades: readonly string[];
}
