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
  return createHash("sha256").update(previousHash).update(chainedText(content)).digest("hex");
}

/** The canonical JSON a record's hash covers. */
function chainedText(content: ChainedContent): string {
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
  return canonicalJson(covered);
}

/**
 * The covered text around the record's seq, for an append that learns its seq and previous hash inside the
 * database (appendAuditRecord): `chainHash(previousHash, content)` is SHA-256 of
 * `previousHash + before + String(seq) + after`. Only the key `"seq"` can produce `"seq":` unescaped.
 */
export function chainedTextAroundSeq(content: Omit<ChainedContent, "seq">): {
  before: string;
  after: string;
} {
  const text = chainedText({ ...content, seq: 0 });
  const marker = '"seq":0';
  const at = text.indexOf(marker);
  return { before: text.slice(0, at + marker.length - 1), after: text.slice(at + marker.length) };
}
