/** The audit log of learner-level reads: one hash-chained, append-only log per subgraph store. */
export type { AuditedLearner, AuditEntry, AuditRecord } from "./AuditRecord";
export { appendAuditRecord } from "./appendAuditRecord";
export { auditSchemaName } from "./auditSchemaName";
export { canonicalJson } from "./canonicalJson";
export { chainHash, GENESIS_HASH, type ChainedContent } from "./chainHash";
export { findAuditRecords, type AuditLearnerKey } from "./findAuditRecords";
export { loadAuditMigrations } from "./loadAuditMigrations";
export { verifyAuditChain, type AuditChainVerdict, type BrokenLink } from "./verifyAuditChain";
