import DataLoader from "dataloader";
import {
  createBatchLoader,
  createGroupLoader,
  guardStoreReads,
  type Database,
  type PseudonymKeys,
  type SubgraphRequest,
} from "../kit";
import type { Accreditation } from "./accreditation/Accreditation";
import type { AccreditationEvent } from "./accreditation/AccreditationEvent";
import {
  selectAccreditationsByUnits,
  selectEventsByAccreditations,
} from "./accreditation/accreditationQueries";
import { type CommonVocabulary, selectCommonVocabulary } from "./commonModel/commonVocabularyQueries";
import { currentRuleBook, type RuleBook } from "./harmonisation";
import type { Learner } from "./identity/Learner";
import { selectLearnerIdsByLinks, selectLearnersByIds } from "./identity/learnerQueries";
import { selectPseudonymsByLearners } from "./identity/pseudonymQueries";
import { scopeLearnerToCaller } from "./identity/scopeLearnerToCaller";
import type { ProviderNamespace } from "./identity/Provider";
import { createRegisterLoaders, type RegisterLoaders } from "./register";

/** Per-request state of the OFFA subgraph: its own store only (it has no provider database setting). */
export interface OffaContext {
  db: Database;
  /** The caller, as the gateway signed it. */
  request: SubgraphRequest;
  /** Learners by OFFA id, as the caller may see them (scopeLearnerToCaller): null when unknown or hidden. */
  learners: DataLoader<string, Learner | null>;
  /** The pseudonym keys from configuration (never from the store): which key ids lookups accept. */
  pseudonymKeys: PseudonymKeys;
  /** Each learner's pseudonym in the mobility domain under its current key, by OFFA id; null when not imported. */
  mobilityPseudonyms: DataLoader<string, { learnerId: string; pseudonym: string } | null>;
  /** OFFA learner id by `provider:providerLearnerId`. */
  learnerIdByLink: DataLoader<string, string | null>;
  accreditationsByUnit: DataLoader<string, Accreditation[]>;
  /** Each agrément's events by agrément id, oldest first. */
  accreditationEvents: DataLoader<string, AccreditationEvent[]>;
  /** The establishment-unit register: units, enterprises, tutors, contract tutors. */
  register: RegisterLoaders;
  /** The mapping rules, RMMMG and pay shares in force: read at most once per request. */
  ruleBook: () => Promise<RuleBook>;
  /** OFFA's common vocabularies: read at most once per request. */
  vocabulary: () => Promise<CommonVocabulary>;
}

/** Builds a request's context with fresh DataLoaders. */
export function createOffaContext(
  store: Database,
  request: SubgraphRequest,
  pseudonymKeys: PseudonymKeys,
): OffaContext {
  // A failing read of OFFA's own store reaches the caller as OFFA_STORE_FAILED, never as "no such learner".
  const db = guardStoreReads(store, { subgraph: "offa" });
  let ruleBook: Promise<RuleBook> | undefined;
  let vocabulary: Promise<CommonVocabulary> | undefined;
  return {
    db,
    request,
    ruleBook: () => (ruleBook ??= currentRuleBook(db)),
    vocabulary: () => (vocabulary ??= selectCommonVocabulary(db)),
    accreditationsByUnit: createGroupLoader(
      (units) => selectAccreditationsByUnits(db, units),
      (row) => row.establishmentUnitNumber,
    ),
    accreditationEvents: createGroupLoader(
      (ids) => selectEventsByAccreditations(db, ids),
      (row) => row.accreditationId,
    ),
    register: createRegisterLoaders(db),
    pseudonymKeys,
    mobilityPseudonyms: createBatchLoader(
      (ids) => selectPseudonymsByLearners(db, "mobility", pseudonymKeys.mobility.current.id, ids),
      (row) => row.learnerId,
    ),
    learners: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await selectLearnersByIds(db, ids)).map((row) => [row.id, row]));
      return ids.map((id) => scopeLearnerToCaller(byId.get(id) ?? null, request.claims));
    }),
    learnerIdByLink: new DataLoader(async (keys: readonly string[]) => {
      // Keys of one batch may name several providers: one statement per provider present.
      const byProvider = new Map<ProviderNamespace, string[]>();
      for (const key of keys) {
        const [provider, id] = splitLinkKey(key);
        byProvider.set(provider, [...(byProvider.get(provider) ?? []), id]);
      }
      const found = new Map<string, string>();
      for (const [provider, ids] of byProvider) {
        for (const row of await selectLearnerIdsByLinks(db, provider, ids)) {
          found.set(`${provider}:${row.providerLearnerId}`, row.learnerId);
        }
      }
      return keys.map((key) => found.get(key) ?? null);
    }),
  };
}

function splitLinkKey(key: string): [ProviderNamespace, string] {
  const separator = key.indexOf(":");
  return [key.slice(0, separator) as ProviderNamespace, key.slice(separator + 1)];
}
