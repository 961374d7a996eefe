import type DataLoader from "dataloader";
import type { Database } from "../db/Database";
import { createBatchLoader, createGroupLoader } from "../schema/loaders";
import type { ProviderAdapter } from "./ProviderAdapter";

type Types<A> =
  A extends ProviderAdapter<infer L, infer E, infer C, infer R, infer T, infer K>
    ? { learner: L; enrolment: E; contract: C; levelRecord: R; certificate: T; code: K }
    : never;

/** Per-request state of a provider subgraph: its store and fresh DataLoaders (one SQL statement per batch). */
export interface ProviderContext<A extends ProviderAdapter = ProviderAdapter> {
  db: Database;
  learners: DataLoader<string, Types<A>["learner"] | null>;
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
  db: Database,
): ProviderContext<A> {
  const { learner, enrolment, contract, levelRecord, certificate, code } = adapter;
  let codes: Promise<Types<A>["code"][]> | undefined;
  return {
    db,
    learners: createBatchLoader(
      (ids) => learner.selectByIds(db, ids),
      (row) => row.id,
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
