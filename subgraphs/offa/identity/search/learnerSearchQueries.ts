import type { Queryable } from "../../../kit";
import type { ProviderNamespace } from "../Provider";

/**
 * The live learner behind an OFFA id: itself, or the learner it was merged into (following merged_into, a chain
 * when the survivor was merged in turn). Null when the id is unknown.
 */
export async function selectLiveLearnerId(db: Queryable, id: string): Promise<string | null> {
  const rows = await db.query<{ id: string }>(
    `WITH RECURSIVE chain(id, merged_into, depth) AS (
       SELECT id, merged_into, 0 FROM offa.learner WHERE id = $1
       UNION ALL
       SELECT l.id, l.merged_into, c.depth + 1 FROM offa.learner l JOIN chain c ON l.id = c.merged_into
        WHERE c.depth < 100)
     SELECT id FROM chain WHERE merged_into IS NULL`,
    [id],
  );
  return rows[0]?.id ?? null;
}

/** Each link of the learners with its match quality, in provider then record order: one statement. */
export function selectLinkQualities(
  db: Queryable,
  learnerIds: readonly string[],
): Promise<
  { learnerId: string; provider: ProviderNamespace; providerLearnerId: string; matchQuality: string | null }[]
> {
  return db.query(
    `SELECT learner_id AS "learnerId", provider, provider_learner_id AS "providerLearnerId",
            match_quality AS "matchQuality"
       FROM offa.learner_link WHERE learner_id = ANY($1::text[]) ORDER BY provider, provider_learner_id`,
    [learnerIds],
  );
}

/**
 * The OFFA learner each provider record is linked to (links follow a confirmed merge, so the learner is the live
 * one): one statement for the whole list, whatever its length.
 */
export function selectLearnerIdsOfRecords(
  db: Queryable,
  records: readonly { provider: ProviderNamespace; providerLearnerId: string }[],
): Promise<{ provider: ProviderNamespace; providerLearnerId: string; learnerId: string }[]> {
  return db.query(
    `SELECT k.provider, k.provider_learner_id AS "providerLearnerId", k.learner_id AS "learnerId"
       FROM offa.learner_link k
       JOIN unnest($1::text[], $2::text[]) AS r(provider, id)
         ON k.provider = r.provider AND k.provider_learner_id = r.id`,
    [records.map((record) => record.provider), records.map((record) => record.providerLearnerId)],
  );
}
