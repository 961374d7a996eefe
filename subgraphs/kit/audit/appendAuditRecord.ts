import type { Queryable } from "../db/Database";
import type { AuditEntry, AuditRecord } from "./AuditRecord";
import { chainedTextAroundSeq } from "./chainHash";

/**
 * Appends one record to a subgraph's audit chain and returns it, in one statement: it locks the chain head FOR
 * UPDATE, so concurrent appends (several connections, several processes on one database) queue and each links to
 * the one before, takes the next seq and the previous hash from it, computes the record's hash in the database
 * (SHA-256 of previous hash + the canonical JSON Node built around the seq, the same text chainHash covers),
 * inserts the record and moves the head: all or nothing. One round trip per read audited. Throws when the store
 * refuses.
 */
export async function appendAuditRecord(
  db: Queryable,
  auditSchema: string,
  entry: AuditEntry,
  now: () => Date = () => new Date(),
): Promise<AuditRecord> {
  const content = { ...entry, at: now().toISOString() };
  const { before, after } = chainedTextAroundSeq(content);
  const [written] = await db.query<{ seq: string; previousHash: string; hash: string }>(
    `WITH head AS (SELECT seq, hash FROM ${auditSchema}.chain_head FOR UPDATE),
     next AS (
       SELECT head.seq + 1 AS seq, head.hash AS previous_hash,
              encode(sha256(convert_to(head.hash || $11::text || (head.seq + 1)::text || $12::text, 'UTF8')), 'hex') AS hash
         FROM head),
     inserted AS (
       INSERT INTO ${auditSchema}.audit_log (seq, at, subgraph, request_id, subject, role, provider, purpose,
         learners, fields, pseudonym_key_id, previous_hash, hash)
       SELECT next.seq, $1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::text[], $10, next.previous_hash, next.hash
         FROM next
       RETURNING seq, previous_hash, hash)
     UPDATE ${auditSchema}.chain_head SET seq = inserted.seq, hash = inserted.hash FROM inserted
     RETURNING inserted.seq::text AS seq, inserted.previous_hash AS "previousHash", inserted.hash`,
    [
      content.at,
      content.subgraph,
      content.requestId,
      content.subject,
      content.role,
      content.provider,
      content.purpose,
      JSON.stringify(content.learners),
      content.fields,
      content.pseudonymKeyId,
      before,
      after,
    ],
  );
  if (!written) throw new Error(`${auditSchema}.chain_head has no row: the audit migration did not run`);
  return { ...content, seq: Number(written.seq), previousHash: written.previousHash, hash: written.hash };
}
