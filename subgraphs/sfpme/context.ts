import type DataLoader from "dataloader";
import { createBatchLoader, createGroupLoader, type Database } from "../kit";
import type { SfpmeCertificate } from "./certificate/SfpmeCertificate";
import { selectCertificatesByIds, selectCertificatesByLearners } from "./certificate/certificateQueries";
import type { SfpmeCode } from "./code/SfpmeCode";
import { selectCodes } from "./code/codeQueries";
import type { SfpmeAllowanceStep, SfpmeContract } from "./contract/SfpmeContract";
import {
  selectAllowanceStepsByContracts,
  selectAllowanceStepsByIds,
  selectContractsByIds,
  selectContractsByLearners,
} from "./contract/contractQueries";
import { selectContractsByUnits } from "./federation/establishmentUnitContractQueries";
import type { SfpmeEnrolment } from "./learner/SfpmeEnrolment";
import type { SfpmeLearner } from "./learner/SfpmeLearner";
import { selectEnrolmentsByLearners, selectLearnersByIds } from "./learner/learnerQueries";

/** Per-request state of the SFPME subgraph: the store and fresh DataLoaders (one SQL statement per batch). */
export interface SfpmeContext {
  db: Database;
  learners: DataLoader<string, SfpmeLearner | null>;
  enrolmentsByLearner: DataLoader<string, SfpmeEnrolment[]>;
  contracts: DataLoader<string, SfpmeContract | null>;
  contractsByLearner: DataLoader<string, SfpmeContract[]>;
  /** Contracts by the establishment-unit number recorded on them (EstablishmentUnit.sfpmeContracts). */
  contractsByUnit: DataLoader<string, SfpmeContract[]>;
  allowanceSteps: DataLoader<string, SfpmeAllowanceStep | null>;
  allowanceStepsByContract: DataLoader<string, SfpmeAllowanceStep[]>;
  certificates: DataLoader<string, SfpmeCertificate | null>;
  certificatesByLearner: DataLoader<string, SfpmeCertificate[]>;
  /** The whole vocabulary, read once per request at most. */
  codes: () => Promise<SfpmeCode[]>;
}

/** Builds a request's context. Never share one between requests. */
export function createSfpmeContext(db: Database): SfpmeContext {
  let codes: Promise<SfpmeCode[]> | undefined;
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
    allowanceSteps: createBatchLoader(
      (ids) => selectAllowanceStepsByIds(db, ids),
      (row) => row.id,
    ),
    allowanceStepsByContract: createGroupLoader(
      (ids) => selectAllowanceStepsByContracts(db, ids),
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
