import { createHash } from "node:crypto";
import type { AuditRecord } from "./AuditRecord";
import { canonicalJson } from "./canonicalJson";

/** The `previousHash` of a chain's first record. */
export const GENESIS_HASH = "0".repeat(64);

/** What a record's hash covers: every field but its hashes (the previous one enters the hash separately). */
export type ChainedContent = Omit<AuditRecord, "hash" | "previousHash">;

/**
 * The hash of a record in the chain: SHA-256(previousHash + canonicalJson(content)), hex. Changing any field of
 * any record, or removing or reordering records, changes every hash after it.
 */
export function chainHash(previousHash: string, content: ChainedContent): string {
  const { seq, at, subgraph, requestId, subject, role, provider, purpose, learners, fields, pseudonymKeyId } =
    content;
  // Named one by one so that a field added to AuditRecord must be added here (and to the migration) on purpose.
  const covered = {
    seq,
    at,
    subgraph,
    requestId,
    subject,
    role,
    provider,
    purpose,
    learners: learners.map(({ id, pseudonym }) => ({ id, pseudonym })),
    fields,
    pseudonymKeyId,
  };
  return createHash("sha256").update(previousHash).update(canonicalJson(covered)).digest("hex");
}
