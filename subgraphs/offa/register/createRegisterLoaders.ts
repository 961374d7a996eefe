import type DataLoader from "dataloader";
import { createBatchLoader, createGroupLoader, type Database } from "../../kit";
import type { Enterprise } from "./Enterprise";
import type { EstablishmentUnit } from "./EstablishmentUnit";
import {
  selectEnterprisesByNumbers,
  selectTutorsByContracts,
  selectTutorsByEnterprises,
  selectTutorsByIds,
  selectTutorsByUnits,
  selectUnitsByEnterprises,
  selectUnitsByNumbers,
  selectUnitsByTutors,
} from "./registerQueries";
import type { Tutor } from "./Tutor";

/** The register's DataLoaders of one request: each batch is one SQL statement. Never share between requests. */
export interface RegisterLoaders {
  units: DataLoader<string, EstablishmentUnit | null>;
  unitsByEnterprise: DataLoader<string, EstablishmentUnit[]>;
  unitsByTutor: DataLoader<string, EstablishmentUnit[]>;
  enterprises: DataLoader<string, Enterprise | null>;
  tutors: DataLoader<string, Tutor | null>;
  tutorsByUnit: DataLoader<string, Tutor[]>;
  tutorsByEnterprise: DataLoader<string, Tutor[]>;
  /** The tutor designated on a provider contract, by `provider:providerContractId`. */
  tutorByContract: DataLoader<string, Tutor | null>;
}

/** The register's loaders over one store. */
export function createRegisterLoaders(db: Database): RegisterLoaders {
  return {
    units: createBatchLoader(
      (numbers) => selectUnitsByNumbers(db, numbers),
      (row) => row.number,
    ),
    unitsByEnterprise: createGroupLoader(
      (numbers) => selectUnitsByEnterprises(db, numbers),
      (row) => row.enterpriseNumber,
    ),
    unitsByTutor: createGroupLoader(
      (ids) => selectUnitsByTutors(db, ids),
      (row) => row.tutorId,
    ),
    enterprises: createBatchLoader(
      (numbers) => selectEnterprisesByNumbers(db, numbers),
      (row) => row.number,
    ),
    tutors: createBatchLoader(
      (ids) => selectTutorsByIds(db, ids),
      (row) => row.id,
    ),
    tutorsByUnit: createGroupLoader(
      (numbers) => selectTutorsByUnits(db, numbers),
      (row) => row.unitNumber,
    ),
    tutorsByEnterprise: createGroupLoader(
      (numbers) => selectTutorsByEnterprises(db, numbers),
      (row) => row.enterpriseNumber,
    ),
    tutorByContract: createBatchLoader(
      (keys) => selectTutorsByContracts(db, keys),
      (row) => row.contractKey,
    ),
  };
}
