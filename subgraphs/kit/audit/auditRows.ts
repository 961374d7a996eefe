import type { AuditedLearner, AuditRecord } from "./AuditRecord";

/**
 * The columns that read an audit row back as an AuditRecord, the same on pg and PGlite: `seq` as text (bigint),
 * `at` formatted in UTC with milliseconds (as it was hashed), whatever the session's time zone.
 */
export const AUDIT_RECORD_COLUMNS = `seq::text AS seq,
  to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
  subgraph, request_id AS "requestId", subject, role, provider, purpose, learners, fields,
  pseudonym_key_id AS "pseudonymKeyId", previous_hash AS "previousHash", hash`;

/** A row selected with AUDIT_RECORD_COLUMNS (order by `audit_log.seq`: the alias `seq` is text). */
export type AuditRow = Omit<AuditRecord, "seq" | "learners"> & { seq: string; learners: unknown };

/** An audit row as a record (jsonb arrives parsed from pg, and as text or parsed from PGlite). */
export function toAuditRecord(row: AuditRow): AuditRecord {
  const learners = (
    typeof row.learners === "string" ? JSON.parse(row.learners) : row.learners
  ) as AuditedLearner[];
  return { ...row, seq: Number(row.seq), learners, fields: [...row.fields] };
}
