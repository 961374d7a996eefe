import type { Queryable } from "../db/Database";
import type { AuditRecord } from "./AuditRecord";
import { AUDIT_RECORD_COLUMNS, toAuditRecord, type AuditRow } from "./auditRows";

/** Who to look for: an audit-domain pseudonym, or an id a subgraph knows the learner by (native or OFFA id). */
export type AuditLearnerKey = { pseudonyms: readonly string[] } | { id: string };

/**
 * Every record of one subgraph's audit log that names a learner, oldest first: what a GDPR art. 15 access
 * request asks for (who read what about me, when, for which purpose). Pseudonyms may be several (one per key
 * in force during a rotation).
 */
export async function findAuditRecords(
  db: Queryable,
  auditSchema: string,
  learner: AuditLearnerKey,
): Promise<AuditRecord[]> {
  const patterns =
    "id" in learner
      ? [JSON.stringify([{ id: learner.id }])]
      : learner.pseudonyms.map((pseudonym) => JSON.stringify([{ pseudonym }]));
  if (patterns.length === 0) return [];
  const rows = await db.query<AuditRow>(
    `SELECT ${AUDIT_RECORD_COLUMNS} FROM ${auditSchema}.audit_log
      WHERE learners @> ANY($1::jsonb[]) ORDER BY audit_log.seq`,
    [patterns],
  );
  return rows.map(toAuditRecord);
}
