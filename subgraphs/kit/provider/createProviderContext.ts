import type DataLoader from "dataloader";
import type { Database } from "../db/Database";
import { guardStoreReads } from "../db/guardStoreReads";
import { createBatchLoader, createGroupLoader } from "../schema/loaders";
import { mayReadProvider } from "../../../schema/contract/access";
import type { SubgraphRequest } from "../server/SubgraphRequest";
import type { ProviderAdapter } from "./ProviderAdapter";

type Types<A> =
  A extends ProviderAdapter<infer L, infer E, infer C, infer R, infer T, infer K>
    ? { learner: L; enrolment: E; contract: C; levelRecord: R; certificate: T; code: K }
    : never;

/** Per-request state of a provider subgraph: its store and fresh DataLoaders (one SQL statement per batch). */
export interface ProviderContext<A extends ProviderAdapter = ProviderAdapter> {
  /** The store, its failures reported as OFFA_STORE_FAILED naming the provider (guardStoreReads). */
  db: Database;
  /** What the gateway vouched for: the caller's claims and the request id. */
  request: SubgraphRequest;
  /**
   * False for provider staff of another provider: every learner-level loader then finds nothing, without a
   * query, so a learner of this provider looks exactly like one that does not exist.
   */
  learnersVisible: boolean;
  learners: DataLoader<string, Types<A>["learner"] | null>;
  /** Each learner's national number by learner id (only `nationalNumber` reads it). */
  nationalNumbers: DataLoader<string, { learnerId: string; nationalNumber: string } | null>;
  enrolmentsByLearner: DataLoader<string, Types<A>["enrolment"][]>;
  contracts: DataLoader<string, Types<A>["contract"] | null>;
  contractsByLearner: DataLoader<string, Types<A>["contract"][]>;
  contractsByUnit: DataLoader<string, Types<A>["contract"][]>;
  /** Each contract history's rows by contract id, keyed by the history's field name. */
  contractHistories: Readonly<Record<string, DataLoader<string, { contractId: string }[]>>>;
  levelRecords: DataLoader<string, Types<A>["levelRecord"] | null>;
  levelRecordsByContract: DataLoader<string, Types<A>["levelRecord"][]>;
  certificates: DataLoader<string, Types<A>["certificate"] | null>;
  certificatesByLearner: DataLoader<string, Types<A>["certificate"][]>;
  /** The whole vocabulary, read once per request at most. */
  codes: () => Promise<Types<A>["code"][]>;
}

/** Builds a request's context from the adapter's queries. Never share one between requests. */
export function createProviderContext<A extends ProviderAdapter>(
  adapter: A,
  store: Database,
  request: SubgraphRequest,
): ProviderContext<A> {
  const { code } = adapter;
  // Every read names this provider when it fails: the caller sees its records missing, never absent.
  const db = guardStoreReads(store, { subgraph: adapter.namespace, provider: adapter.label });
  const learnersVisible = mayReadProvider(request.claims, adapter.namespace);
  const { learner, enrolment, contract, levelRecord, certificate } = learnersVisible
    ? adapter
    : nothingVisible(adapter);
  let codes: Promise<Types<A>["code"][]> | undefined;
  return {
    db,
    request,
    learnersVisible,
    learners: createBatchLoader(
      (ids) => learner.selectByIds(db, ids),
      (row) => row.id,
    ),
    nationalNumbers: createBatchLoader(
      (ids) => learner.selectNationalNumbers(db, ids),
      (row) => row.learnerId,
    ),
    enrolmentsByLearner: createGroupLoader(
      (ids) => enrolment.selectByLearners(db, ids),
      (row) => row.learnerId,
    ),
    contracts: createBatchLoader(
      (ids) => contract.selectByIds(db, ids),
      (row) => row.id,
    ),
    contractsByLearner: createGroupLoader(
      (ids) => contract.selectByLearners(db, ids),
      (row) => row.learnerId,
    ),
    contractsByUnit: createGroupLoader(
      (numbers) => contract.selectByUnits(db, numbers),
      (row) => row.employer.establishmentUnitNumber,
    ),
    contractHistories: Object.fromEntries(
      contract.histories.map((history) => [
        history.field,
        createGroupLoader(
          (ids) => history.selectByContracts(db, ids),
          (row) => row.contractId,
        ),
      ]),
    ),
    levelRecords: createBatchLoader(
      (ids) => levelRecord.selectByIds(db, ids),
      (row) => row.id,
    ),
    levelRecordsByContract: createGroupLoader(
      (ids) => levelRecord.selectByContracts(db, ids),
      (row) => row.contractId,
    ),
    certificates: createBatchLoader(
      (ids) => certificate.selectByIds(db, ids),
      (row) => row.id,
    ),
    certificatesByLearner: createGroupLoader(
      (ids) => certificate.selectByLearners(db, ids),
      (row) => row.learnerId,
    ),
    codes: () => (codes ??= code.selectAll(db)),
  } as ProviderContext<A>;
}

/** The adapter's learner-level queries answered with no rows and no SQL: what a hidden provider returns. */
function nothingVisible<A extends ProviderAdapter>(adapter: A): A {
  const none = async () => [];
  return {
    ...adapter,
    learner: { ...adapter.learner, selectByIds: none, selectPage: none, selectNationalNumbers: none },
    enrolment: { ...adapter.enrolment, selectByLearners: none },
    contract: {
      ...adapter.contract,
      selectByIds: none,
      selectByLearners: none,
      selectByUnits: none,
      histories: adapter.contract.histories.map((history) => ({ ...history, selectByContracts: none })),
    },
    levelRecord: { ...adapter.levelRecord, selectByIds: none, selectByContracts: none },
    certificate: { ...adapter.certificate, selectByIds: none, selectByLearners: none },
  };
}
