import type DataLoader from "dataloader";
import { createBatchLoader, createGroupLoader, type Database } from "../kit";
import type { CefaCertificate } from "./certificate/CefaCertificate";
import { selectCertificatesByIds, selectCertificatesByLearners } from "./certificate/certificateQueries";
import type { CefaCode } from "./code/CefaCode";
import { selectCodes } from "./code/codeQueries";
import type { CefaContract, CefaLevelDecision } from "./contract/CefaContract";
import {
  selectContractsByIds,
  selectContractsByLearners,
  selectLevelDecisionsByIds,
  selectLevelDecisionsByContracts,
} from "./contract/contractQueries";
import { selectContractsByUnits } from "./federation/establishmentUnitContractQueries";
import type { CefaEnrolment } from "./learner/CefaEnrolment";
import type { CefaLearner } from "./learner/CefaLearner";
import { selectEnrolmentsByLearners, selectLearnersByIds } from "./learner/learnerQueries";

/** Per-request state of the CEFA subgraph: the store and fresh DataLoaders (one SQL statement per batch). */
export interface CefaContext {
  db: Database;
  learners: DataLoader<string, CefaLearner | null>;
  enrolmentsByLearner: DataLoader<string, CefaEnrolment[]>;
  contracts: DataLoader<string, CefaContract | null>;
  contractsByLearner: DataLoader<string, CefaContract[]>;
  /** Contracts by the establishment-unit number recorded on them (EstablishmentUnit.cefaContracts). */
  contractsByUnit: DataLoader<string, CefaContract[]>;
  levelDecisions: DataLoader<string, CefaLevelDecision | null>;
  levelDecisionsByContract: DataLoader<string, CefaLevelDecision[]>;
  certificates: DataLoader<string, CefaCertificate | null>;
  certificatesByLearner: DataLoader<string, CefaCertificate[]>;
  /** The whole vocabulary, read once per request at most. */
  codes: () => Promise<CefaCode[]>;
}

/** Builds a request's context. Never share one between requests. */
export function createCefaContext(db: Database): CefaContext {
  let codes: Promise<CefaCode[]> | undefined;
  return {
    db,
    learners: createBatchLoader(
      (ids) => selectLearnersByIds(db, ids),
      (row) => row.id,
    ),
    enrolmentsByLearner: createGroupLoader(
      (ids) => selectEnrolmentsByLearners(db, ids),
      (row) => row.learnerId,
    ),
    contracts: createBatchLoader(
      (ids) => selectContractsByIds(db, ids),
      (row) => row.id,
    ),
    contractsByUnit: createGroupLoader(
      (numbers) => selectContractsByUnits(db, numbers),
      (row) => row.employer.establishmentUnitNumber,
    ),
    contractsByLearner: createGroupLoader(
      (ids) => selectContractsByLearners(db, ids),
      (row) => row.learnerId,
    ),
    levelDecisions: createBatchLoader(
      (ids) => selectLevelDecisionsByIds(db, ids),
      (row) => row.id,
    ),
    levelDecisionsByContract: createGroupLoader(
      (ids) => selectLevelDecisionsByContracts(db, ids),
      (row) => row.contractId,
    ),
    certificates: createBatchLoader(
      (ids) => selectCertificatesByIds(db, ids),
      (row) => row.id,
    ),
    certificatesByLearner: createGroupLoader(
      (ids) => selectCertificatesByLearners(db, ids),
      (row) => row.learnerId,
    ),
    codes: () => (codes ??= selectCodes(db, null)),
  };
}
