import {
  configuredKeyIds,
  PSEUDONYM_DOMAINS,
  type PseudonymDomain,
  type PseudonymKeys,
  type Queryable,
} from "../../kit";

/** One stored pseudonym of a learner: `offa.learner_pseudonym` (migration 000007). */
export interface LearnerPseudonymRow {
  learner_id: string;
  domain: PseudonymDomain;
  key_id: string;
  pseudonym: string;
}

/**
 * The learners behind pseudonyms of one domain: one statement per batch. Only rows under `keyIds` (the domain's
 * configured keys, configuredKeyIds) count, so a pseudonym of a key no longer configured finds nobody even
 * before its rows are retired.
 */
export function selectLearnerIdsByPseudonyms(
  db: Queryable,
  domain: PseudonymDomain,
  pseudonyms: readonly string[],
  keyIds: readonly string[],
): Promise<{ pseudonym: string; learnerId: string; keyId: string }[]> {
  return db.query(
    `SELECT pseudonym, learner_id AS "learnerId", key_id AS "keyId"
       FROM offa.learner_pseudonym
      WHERE domain = $1 AND pseudonym = ANY($2::text[]) AND key_id = ANY($3::text[])`,
    [domain, pseudonyms, keyIds],
  );
}

/** Learners' pseudonyms in one domain under one key (the current one): one statement per batch. */
export function selectPseudonymsByLearners(
  db: Queryable,
  domain: PseudonymDomain,
  keyId: string,
  learnerIds: readonly string[],
): Promise<{ learnerId: string; pseudonym: string }[]> {
  return db.query(
    `SELECT learner_id AS "learnerId", pseudonym
       FROM offa.learner_pseudonym
      WHERE domain = $1 AND key_id = $2 AND learner_id = ANY($3::text[])`,
    [domain, keyId, learnerIds],
  );
}

/**
 * Adds pseudonyms, keeping those already stored (a registry import re-run during a rotation adds the new key's
 * rows next to the old key's): one statement for the whole batch. Returns the number of rows added.
 */
export async function insertLearnerPseudonyms(
  db: Queryable,
  rows: readonly LearnerPseudonymRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const added = await db.query<{ n: number }>(
    `WITH added AS (
       INSERT INTO offa.learner_pseudonym (learner_id, domain, key_id, pseudonym)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT DO NOTHING RETURNING 1)
     SELECT count(*)::int AS n FROM added`,
    [
      rows.map((row) => row.learner_id),
      rows.map((row) => row.domain),
      rows.map((row) => row.key_id),
      rows.map((row) => row.pseudonym),
    ],
  );
  return Number(added[0].n);
}

/** How many pseudonyms each (domain, key id) has, and how many learners there are: what an import must add. */
export async function countPseudonymsByKey(
  db: Queryable,
): Promise<{ learners: number; byKey: Map<string, number> }> {
  const [{ learners }] = await db.query<{ learners: number }>(
    `SELECT count(*)::int AS learners FROM offa.learner`,
  );
  const rows = await db.query<{ domain: string; keyId: string; n: number }>(
    `SELECT domain, key_id AS "keyId", count(*)::int AS n FROM offa.learner_pseudonym GROUP BY domain, key_id`,
  );
  return {
    learners: Number(learners),
    byKey: new Map(rows.map((row) => [`${row.domain}:${row.keyId}`, Number(row.n)])),
  };
}

/**
 * Retirement: deletes every pseudonym whose key is no longer configured for its domain (the end of a rotation,
 * once the old key is unset). One statement. Returns the rows deleted per domain.
 */
export async function deleteRetiredPseudonyms(
  db: Queryable,
  keys: PseudonymKeys,
): Promise<Record<PseudonymDomain, number>> {
  const kept = PSEUDONYM_DOMAINS.flatMap((domain) =>
    configuredKeyIds(keys, domain).map((keyId) => ({ domain, keyId })),
  );
  const rows = await db.query<{ domain: PseudonymDomain; n: number }>(
    `WITH retired AS (
       DELETE FROM offa.learner_pseudonym p
        WHERE NOT EXISTS (SELECT 1 FROM unnest($1::text[], $2::text[]) AS k(domain, key_id)
                           WHERE k.domain = p.domain AND k.key_id = p.key_id)
       RETURNING p.domain)
     SELECT domain, count(*)::int AS n FROM retired GROUP BY domain`,
    [kept.map((k) => k.domain), kept.map((k) => k.keyId)],
  );
  const deleted = Object.fromEntries(PSEUDONYM_DOMAINS.map((domain) => [domain, 0])) as Record<
    PseudonymDomain,
    number
  >;
  for (const row of rows) deleted[row.domain] = Number(row.n);
  return deleted;
}
