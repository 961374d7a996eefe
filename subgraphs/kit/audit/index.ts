/** The audit log of learner-level reads: one hash-chained, append-only log per subgraph store. */
export type { AuditedLearner, AuditEntry, AuditRecord } from "./AuditRecord";
export { appendAuditRecord } from "./appendAuditRecord";
export { auditSchemaName } from "./auditSchemaName";
export { canonicalJson } from "./canonicalJson";
export { chainHash, GENESIS_HASH, type ChainedContent } from "./chainHash";
export { createAuditPlugin, type AuditPluginOptions } from "./createAuditPlugin";
export { findAuditRecords, type AuditLearnerKey } from "./findAuditRecords";
export { identifyLearner, type LearnerIdentity } from "./identifyLearner";
export { loadAuditMigrations } from "./loadAuditMigrations";
export { readAuditPseudonymKey } from "./readAuditPseudonymKey";
export { readLearnerLevelCoordinates, type LearnerLevelCoordinates } from "./readLearnerLevelCoordinates";
export { verifyAuditChain, type AuditChainVerdict, type BrokenLink } from "./verifyAuditChain";
