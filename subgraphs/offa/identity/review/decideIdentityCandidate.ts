import { clientError, type Queryable } from "../../../kit";
import { IdentityCandidateStatus } from "./IdentityCandidate";
import {
  selectCandidate,
  selectCandidateForUpdate,
  type IdentityCandidateRow,
  type IdentityMerge,
} from "./identityCandidateQueries";

/**
 * The decisions on a POSSIBLE candidate. Each runs inside the caller's transaction (one per mutation) and checks
 * before it writes: a refused decision throws before any statement changes a row, and the rollback covers the
 * rest, so a refusal changes nothing.
 */

/** Confirms a candidate: one person. Merges the two learners (mergeLearners) unless they already are one. */
export async function confirmCandidate(
  tx: Queryable,
  id: string,
  subject: string,
): Promise<IdentityCandidateRow> {
  const candidate = await pendingCandidate(tx, id, "confirm");
  const merge =
    candidate.learnerId === candidate.otherLearnerId
      ? null
      : await mergeLearners(tx, candidate.learnerId, candidate.otherLearnerId);
  await tx.query(
    `UPDATE offa.identity_candidate
        SET status = 'CONFIRMED', decided_by = $2, decided_at = now(), merge = $3::jsonb WHERE id = $1`,
    [id, subject, merge === null ? null : JSON.stringify(merge)],
  );
  return (await selectCandidate(tx, id))!;
}

/** Rejects a candidate: two people. Nothing else changes (they were never linked). */
export async function rejectCandidate(
  tx: Queryable,
  id: string,
  subject: string,
): Promise<IdentityCandidateRow> {
  await pendingCandidate(tx, id, "reject");
  await tx.query(
    `UPDATE offa.identity_candidate SET status = 'REJECTED', decided_by = $2, decided_at = now() WHERE id = $1`,
    [id, subject],
  );
  return (await selectCandidate(tx, id))!;
}

/**
 * Undoes a confirmation: the absorbed learner gets its links back with their former match quality, is live again,
 * and the candidate returns to the review list (PENDING). Who undid it and when is in the audit log. Refused when
 * a later confirmation has moved those links on (undo that one first): restoring would split another decision.
 */
export async function undoConfirmation(tx: Queryable, id: string): Promise<IdentityCandidateRow> {
  const candidate = await selectCandidateForUpdate(tx, id);
  if (!candidate) throw notFound(id);
  if (candidate.status !== IdentityCandidateStatus.CONFIRMED) {
    throw clientError(
      "OFFA_IDENTITY_CANDIDATE_NOT_CONFIRMED",
      `Identity candidate ${id} is ${candidate.status}: only a confirmed candidate can be undone.`,
      { id, status: candidate.status },
    );
  }
  const merge = candidate.merge;
  if (merge !== null) {
    await tx.query(`SELECT id FROM offa.learner WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`, [
      [merge.survivor, merge.absorbed],
    ]);
    const [{ still }] = await tx.query<{ still: number }>(
      `SELECT count(*)::int AS still
         FROM offa.learner_link k JOIN unnest($2::text[], $3::text[]) AS m(provider, id)
           ON k.provider = m.provider AND k.provider_learner_id = m.id
        WHERE k.learner_id = $1`,
      [merge.survivor, merge.links.map((l) => l.provider), merge.links.map((l) => l.providerLearnerId)],
    );
    const [absorbed] = await tx.query<{ mergedInto: string | null }>(
      `SELECT merged_into AS "mergedInto" FROM offa.learner WHERE id = $1`,
      [merge.absorbed],
    );
    if (Number(still) !== merge.links.length || absorbed?.mergedInto !== merge.survivor) {
      throw clientError(
        "OFFA_IDENTITY_UNDO_BLOCKED",
        `Identity candidate ${id} cannot be undone: a later confirmation moved the links it merged. Undo that one first.`,
        { id, survivor: merge.survivor, absorbed: merge.absorbed },
      );
    }
    await tx.query(
      `UPDATE offa.learner_link k SET learner_id = $1, match_quality = m.quality
         FROM unnest($2::text[], $3::text[], $4::text[]) AS m(provider, id, quality)
        WHERE k.provider = m.provider AND k.provider_learner_id = m.id`,
      [
        merge.absorbed,
        merge.links.map((l) => l.provider),
        merge.links.map((l) => l.providerLearnerId),
        merge.links.map((l) => l.matchQuality),
      ],
    );
    await tx.query(`UPDATE offa.learner SET merged_into = NULL WHERE id = $1`, [merge.absorbed]);
  }
  await tx.query(
    `UPDATE offa.identity_candidate
        SET status = 'PENDING', decided_by = NULL, decided_at = NULL, merge = NULL WHERE id = $1`,
    [id],
  );
  return (await selectCandidate(tx, id))!;
}

/**
 * Merges two learners: the older one survives (created first; the smaller id on a tie, as a seed creates every
 * learner at once — a modelling choice: the id that was known longest stays), the other's links move to it, the
 * other stays as a tombstone (`merged_into`) that keeps its pseudonyms, so a search by its number still finds the
 * person. A link that was the absorbed learner's founding record (no quality) becomes CONFIRMED.
 */
async function mergeLearners(tx: Queryable, one: string, other: string): Promise<IdentityMerge> {
  const learners = await tx.query<{ id: string }>(
    `SELECT id FROM offa.learner WHERE id = ANY($1::text[]) ORDER BY created_at, id FOR UPDATE`,
    [[one, other]],
  );
  const [survivor, absorbed] = learners.map((learner) => learner.id);
  const links = await tx.query<IdentityMerge["links"][number]>(
    `SELECT provider, provider_learner_id AS "providerLearnerId", match_quality AS "matchQuality"
       FROM offa.learner_link WHERE learner_id = $1 ORDER BY provider, provider_learner_id FOR UPDATE`,
    [absorbed],
  );
  await tx.query(
    `UPDATE offa.learner_link SET learner_id = $1, match_quality = coalesce(match_quality, 'CONFIRMED')
      WHERE learner_id = $2`,
    [survivor, absorbed],
  );
  await tx.query(`UPDATE offa.learner SET merged_into = $1 WHERE id = $2`, [survivor, absorbed]);
  return { survivor, absorbed, links };
}

async function pendingCandidate(
  tx: Queryable,
  id: string,
  decision: "confirm" | "reject",
): Promise<IdentityCandidateRow> {
  const candidate = await selectCandidateForUpdate(tx, id);
  if (!candidate) throw notFound(id);
  if (candidate.status !== IdentityCandidateStatus.PENDING) {
    throw clientError(
      "OFFA_IDENTITY_CANDIDATE_ALREADY_DECIDED",
      `Identity candidate ${id} was already ${candidate.status.toLowerCase()} by ${candidate.decidedBy}: it cannot be ${decision}ed. Undo a confirmation first (undoIdentityLink).`,
      { id, status: candidate.status },
    );
  }
  return candidate;
}

function notFound(id: string) {
  return clientError("OFFA_IDENTITY_CANDIDATE_NOT_FOUND", `No identity candidate has id ${id}.`, { id });
}
