import type { Queryable } from "../../../kit";
import type { ProviderNamespace } from "../Provider";
import type { IdentityCandidateStatus } from "./IdentityCandidate";

/** What a confirmation changed (offa.identity_candidate.merge): enough to undo it exactly. */
export interface IdentityMerge {
  survivor: string;
  absorbed: string;
  /** The absorbed learner's links, each with the match quality it had before the merge. */
  links: { provider: ProviderNamespace; providerLearnerId: string; matchQuality: string | null }[];
}

/** A candidate row with the learners its two records belong to now. */
export interface IdentityCandidateRow {
  id: string;
  status: IdentityCandidateStatus;
  provider: ProviderNamespace;
  providerLearnerId: string;
  learnerId: string;
  otherProvider: ProviderNamespace;
  otherProviderLearnerId: string;
  otherLearnerId: string;
  evidence: Record<string, unknown>;
  conflict: string | null;
  decidedBy: string | null;
  decidedAt: Date | string | null;
  merge: IdentityMerge | null;
}

const SELECT_CANDIDATES = `
  SELECT c.id, c.status, c.provider, c.provider_learner_id AS "providerLearnerId", a.learner_id AS "learnerId",
         c.other_provider AS "otherProvider", c.other_provider_learner_id AS "otherProviderLearnerId",
         b.learner_id AS "otherLearnerId", c.evidence, c.conflict, c.decided_by AS "decidedBy",
         c.decided_at AS "decidedAt", c.merge
    FROM offa.identity_candidate c
    JOIN offa.learner_link a ON a.provider = c.provider AND a.provider_learner_id = c.provider_learner_id
    JOIN offa.learner_link b ON b.provider = c.other_provider AND b.provider_learner_id = c.other_provider_learner_id`;

/** A page of candidates with one of `statuses`, in id order after `after`, and how many there are in all. */
export async function selectCandidatePage(
  db: Queryable,
  statuses: readonly IdentityCandidateStatus[],
  first: number,
  after: string | null,
): Promise<{ rows: IdentityCandidateRow[]; total: number }> {
  // One more row than asked tells whether a next page exists.
  const rows = await db.query<IdentityCandidateRow>(
    `${SELECT_CANDIDATES}
      WHERE c.status = ANY($1::text[]) AND ($2::text IS NULL OR c.id > $2)
      ORDER BY c.id LIMIT $3`,
    [statuses, after, first + 1],
  );
  const [{ n }] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM offa.identity_candidate WHERE status = ANY($1::text[])`,
    [statuses],
  );
  return { rows, total: Number(n) };
}

/**
 * One candidate, its row and its two records' links locked until the transaction ends: decisions on one candidate
 * queue, and a concurrent merge moving either record is waited for, then its new learner read (READ COMMITTED
 * re-reads a locked row that changed).
 */
export async function selectCandidateForUpdate(
  tx: Queryable,
  id: string,
): Promise<IdentityCandidateRow | null> {
  const rows = await tx.query<IdentityCandidateRow>(
    `${SELECT_CANDIDATES} WHERE c.id = $1 FOR UPDATE OF c, a, b`,
    [id],
  );
  return rows[0] ?? null;
}

/** One candidate as it stands (after a decision, read in the same transaction). */
export async function selectCandidate(db: Queryable, id: string): Promise<IdentityCandidateRow | null> {
  const rows = await db.query<IdentityCandidateRow>(`${SELECT_CANDIDATES} WHERE c.id = $1`, [id]);
  return rows[0] ?? null;
}
