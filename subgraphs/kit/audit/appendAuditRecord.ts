import type { Database } from "../db/Database";
import type { AuditEntry, AuditRecord } from "./AuditRecord";
import { chainHash } from "./chainHash";

/**
 * Appends one record to a subgraph's audit chain and returns it. One transaction: the chain head is locked FOR
 * UPDATE, so concurrent appends (several connections, several processes on one database) queue and each links to
 * the one before; the record and the new head commit together or not at all. Throws when the store refuses.
 */
export async function appendAuditRecord(
  db: Database,
  auditSchema: string,
  entry: AuditEntry,
  now: () => Date = () => new Date(),
): Promise<AuditRecord> {
  return db.transaction(async (tx) => {
    const [head] = await tx.query<{ seq: string; hash: string }>(
      `SELECT seq::text AS seq, hash FROM ${auditSchema}.chain_head FOR UPDATE`,
    );
    if (!head) throw new Error(`${auditSchema}.chain_head has no row: the audit migration did not run`);
    // Taken under the lock, so times follow the chain's order.
    const content = { ...entry, seq: Number(head.seq) + 1, at: now().toISOString() };
    const record: AuditRecord = { ...content, previousHash: head.hash, hash: chainHash(head.hash, content) };
    await tx.query(
      `INSERT INTO ${auditSchema}.audit_log (seq, at, subgraph, request_id, subject, role, provider, purpose,
         learners, fields, pseudonym_key_id, previous_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::text[], $11, $12, $13)`,
      [
        record.seq,
        record.at,
        record.subgraph,
        record.requestId,
        record.subject,
        record.role,
        record.provider,
        record.purpose,
        JSON.stringify(record.learners),
        record.fields,
        record.pseudonymKeyId,
        record.previousHash,
        record.hash,
      ],
    );
    await tx.query(`UPDATE ${auditSchema}.chain_head SET seq = $1, hash = $2`, [record.seq, record.hash]);
    return record;
  });
}
