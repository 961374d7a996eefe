import type DataLoader from "dataloader";
import { createBatchLoader, createGroupLoader, type Database } from "../kit";
import type { IfapmeCertificate } from "./certificate/IfapmeCertificate";
import { selectCertificatesByIds, selectCertificatesByLearners } from "./certificate/certificateQueries";
import type { IfapmeCode } from "./code/IfapmeCode";
import { selectCodes } from "./code/codeQueries";
import type { IfapmeContract, IfapmeLevelEvaluation } from "./contract/IfapmeContract";
import {
  selectContractsByIds,
  selectContractsByLearners,
  selectLevelEvaluationsByContracts,
  selectLevelEvaluationsByIds,
} from "./contract/contractQueries";
import { selectContractsByUnits } from "./federation/establishmentUnitContractQueries";
import type { IfapmeEnrolment } from "./learner/IfapmeEnrolment";
import type { IfapmeLearner } from "./learner/IfapmeLearner";
import { selectEnrolmentsByLearners, selectLearnersByIds } from "./learner/learnerQueries";

/** Per-request state of the IFAPME subgraph: the store and fresh DataLoaders (one SQL statement per batch). */
export interface IfapmeContext {
  db: Database;
  learners: DataLoader<string, IfapmeLearner | null>;
  enrolmentsByLearner: DataLoader<string, IfapmeEnrolment[]>;
  contracts: DataLoader<string, IfapmeContract | null>;
  contractsByLearner: DataLoader<string, IfapmeContract[]>;
  /** Contracts by the establishment-unit number recorded on them (EstablishmentUnit.ifapmeContracts). */
  contractsByUnit: DataLoader<string, IfapmeContract[]>;
  levelEvaluations: DataLoader<string, IfapmeLevelEvaluation | null>;
  levelEvaluationsByContract: DataLoader<string, IfapmeLevelEvaluation[]>;
  certificates: DataLoader<string, IfapmeCertificate | null>;
  certificatesByLearner: DataLoader<string, IfapmeCertificate[]>;
  /** The whole vocabulary, read once per request at most. */
  codes: () => Promise<IfapmeCode[]>;
}

/** Builds a request's context. Never share one between requests. */
export function createIfapmeContext(db: Database): IfapmeContext {
  let codes: Promise<IfapmeCode[]> | undefined;
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
    levelEvaluations: createBatchLoader(
      (ids) => selectLevelEvaluationsByIds(db, ids),
      (row) => row.id,
    ),
    levelEvaluationsByContract: createGroupLoader(
      (ids) => selectLevelEvaluationsByContracts(db, ids),
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
