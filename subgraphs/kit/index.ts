/** The subgraph kit: the only code the four subgraphs share. */
export type { Database, DatabaseSettings, PoolStats, Queryable } from "./db/Database";
export { openDatabase } from "./db/openDatabase";
export { guardStoreReads, type StoreOwner } from "./db/guardStoreReads";
export { loadMigrations, runMigrations } from "./db/runMigrations";
export { SettingsReader } from "./config/SettingsReader";
export { readStoreSettings, type StoreSettings } from "./config/readStoreSettings";
export { readRequestVerificationSettings } from "./config/readRequestVerificationSettings";
export {
  readObservabilitySettingsAtStart,
  readSubgraphObservabilitySettings,
} from "./config/readSubgraphObservabilitySettings";
export { createSubgraphObservability, type SubgraphObservability } from "./observability";
export {
  REQUEST_VERIFICATION_DEFAULTS,
  requestVerificationSettings,
  type RequestVerificationSettings,
} from "./server/RequestVerificationSettings";
export type { SubgraphRequest } from "./server/SubgraphRequest";
export { KitError } from "./errors/KitError";
export { clientError } from "./errors/clientError";
export { subgraphErrorCodes, type SubgraphErrorCode } from "./errors/subgraphErrorCodes";
export { buildFederatedSchema, type ReferenceResolvers } from "./schema/buildFederatedSchema";
export { createBatchLoader, createGroupLoader } from "./schema/loaders";
export { CodeKind } from "./schema/CodeKind";
export { CodeValidity } from "./schema/CodeValidity";
export { parsePageSize, MAX_PAGE_SIZE } from "./schema/parsePageSize";
export { assertIdFormat } from "./schema/assertIdFormat";
export { parseAsOf, today } from "./schema/parseDateArguments";
export { dateScalars, LocalDate, YearMonth } from "../../schema/contract/scalars";
export type { SubgraphDefinition, SubgraphName } from "./SubgraphDefinition";
export {
  openSubgraphStore,
  startSubgraph,
  type StartedSubgraph,
  type SubgraphRunSettings,
} from "./startSubgraph";
export { runSubgraphProcess } from "./runSubgraphProcess";
export {
  PROVIDER_NAMESPACES,
  isProviderNamespace,
  type ProviderNamespace,
} from "./provider/providerNamespaces";
export type { ClassOf, ProviderAdapter } from "./provider/ProviderAdapter";
export { createProviderContext, type ProviderContext } from "./provider/createProviderContext";
export { buildProviderSchema } from "./provider/buildProviderSchema";
export { defineProviderSubgraph, type ProviderSubgraphDefinition } from "./provider/defineProviderSubgraph";
export { LearnerData, MappingData, RegisterData, RequiresAccess } from "./access/RequiresAccess";
export { enforceAccess } from "./access/enforceAccess";
export {
  auditSchemaName,
  createAuditPlugin,
  findAuditRecords,
  readAuditPseudonymKey,
  verifyAuditChain,
  type AuditChainVerdict,
  type AuditRecord,
} from "./audit";
export { mayReadProvider, type AccessClaims } from "../../schema/contract/access";
export {
  configuredKeyIds,
  configuredKeys,
  derivePseudonym,
  developmentPseudonymKeys,
  pseudonymKey,
  PSEUDONYM_DOMAINS,
  readPseudonymKeys,
  type PseudonymDomain,
  type PseudonymKey,
  type PseudonymKeys,
} from "./pseudonyms";
export * as figureContract from "../../schema/contract/figures";
export {
  buildFigureStatement,
  NativeFigureGroup,
  selectNativeFigureGroups,
  type ProviderFigureSources,
} from "./figures";
