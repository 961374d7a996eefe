/**
 * The synthetic dataset: a deterministic generator of the four stores' rows (CEFA, IFAPME, SFPME/efp, OFFA)
 * with its ground truth, and the seeder that writes it into PostgreSQL or PGlite. Nothing in production code
 * imports this folder.
 */
export { GENERATOR_VERSION, MAX_SCALE, generateDataset } from "./generateDataset";
export type { Dataset, GenerateOptions } from "./generateDataset";
export type {
  ContractRef,
  DatasetCounts,
  GroundTruth,
  GroundTruthMove,
  GroundTruthPerson,
} from "./groundTruth";
export type { Row, Tables } from "./rows";
export type { HomonymGroup, IdentityNoiseCase, IdentityNoiseKind } from "./identityNoise";
export type { ProviderRecordRef } from "./providerIdentityRows";
export { peopleWithoutNationalNumber } from "./peopleWithoutNationalNumber";
export { countRows, datasetTables, seedStores } from "./seedStores";
export type { SeedOptions, SeedResult, StoreName } from "./seedStores";
export { createProgressBar } from "./progressBar";
export type { ProgressBar } from "./progressBar";
export { TODAY } from "./calendar";

/** The default dataset of `npm start` and `npm run seed` (scale 0.1 ≈ a tenth of the real yearly volumes). */
export const DEFAULT_DATASET = { seed: 42, scale: 0.1 } as const;
