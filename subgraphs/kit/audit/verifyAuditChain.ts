import type { Queryable } from "../db/Database";
import { AUDIT_RECORD_COLUMNS, toAuditRecord, type AuditRow } from "./auditRows";
import { chainHash, GENESIS_HASH } from "./chainHash";

/** Where a chain first stops holding, and why. */
export interface BrokenLink {
  /** The seq of the first record that does not hold (or, for a head problem, the head's seq). */
  seq: number;
  reason: string;
}

/** The verdict on one audit chain: intact with its length, or broken at its first bad link. */
export type AuditChainVerdict =
  | { kind: "intact"; checked: number; headHash: string }
  | { kind: "broken"; checked: number; firstBroken: BrokenLink };

/** How many records are read per statement while verifying. */
const BATCH = 5_000;

/**
 * Re-computes a subgraph's audit chain from its first record: every record must follow the one before (seq + 1,
 * its previous hash), its hash must be SHA-256(previous hash + canonical JSON of its content), and the chain head
 * must name the last record. `checked` counts the records that hold before the first broken one.
 */
export async function verifyAuditChain(db: Queryable, auditSchema: string): Promise<AuditChainVerdict> {
  let previousHash = GENESIS_HASH;
  let previousSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.query<AuditRow>(
      `SELECT ${AUDIT_RECORD_COLUMNS} FROM ${auditSchema}.audit_log WHERE audit_log.seq > $1 ORDER BY audit_log.seq LIMIT $2`,
      [previousSeq, BATCH],
    );
    for (const row of rows) {
      const record = toAuditRecord(row);
      const broken = (reason: string): AuditChainVerdict => ({
        kind: "broken",
        checked,
        firstBroken: { seq: record.seq, reason },
      });
      if (record.seq !== previousSeq + 1)
        return broken(`expected record ${previousSeq + 1} next, found ${record.seq}: records are missing`);
      if (record.previousHash !== previousHash)
        return broken("its previous hash is not the hash of the record before it");
      const { hash, previousHash: _previous, ...content } = record;
      if (chainHash(previousHash, content) !== hash)
        return broken("its content does not match its hash: the record was changed after it was written");
      previousHash = hash;
      previousSeq = record.seq;
      checked += 1;
    }
    if (rows.length < BATCH) break;
  }
  const [head] = await db.query<{ seq: string; hash: string }>(
    `SELECT seq::text AS seq, hash FROM ${auditSchema}.chain_head`,
  );
  if (!head || Number(head.seq) !== previousSeq || head.hash !== previousHash) {
    return {
      kind: "broken",
      checked,
      firstBroken: {
        seq: head ? Number(head.seq) : previousSeq,
        reason: head
          ? `the chain head names record ${head.seq}, but the chain ends at ${previousSeq}: records after it were removed`
          : "the chain head is missing",
      },
    };
  }
  return { kind: "intact", checked, headHash: previousHash };
}
