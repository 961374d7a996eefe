import { PROVIDER_NAMESPACES, type Queryable } from "../../kit";
import { learnerIdsField, type Learner } from "./Learner";
import { providerOfNamespace, type ProviderNamespace } from "./Provider";

type LearnerRow = { id: string } & Record<ProviderNamespace, string[]>;

// One column of linked record ids per provider. The namespaces are the kit's constants, never user input.
const SELECT_LEARNERS = `
  SELECT l.id,
         ${PROVIDER_NAMESPACES.map(
           (namespace) =>
             `coalesce(array_agg(k.provider_learner_id ORDER BY k.provider_learner_id)
                FILTER (WHERE k.provider = '${namespace}'), '{}') AS ${namespace}`,
         ).join(",\n         ")}
    FROM offa.learner l LEFT JOIN offa.learner_link k ON k.learner_id = l.id`;

/** Learners with their provider links, by OFFA id: one statement per batch. */
export async function selectLearnersByIds(db: Queryable, ids: readonly string[]): Promise<Learner[]> {
  const rows = await db.query<LearnerRow>(`${SELECT_LEARNERS} WHERE l.id = ANY($1::text[]) GROUP BY l.id`, [
    ids,
  ]);
  return rows.map(toLearner);
}

/**
 * A page of learners in id order; `acrossProviders` keeps only those with records at 2+ providers, `provider`
 * only those with a record at that provider (what its staff may see).
 */
export async function selectLearnerPage(
  db: Queryable,
  first: number,
  after: string | null,
  acrossProviders: boolean | null,
  provider: string | null = null,
): Promise<Learner[]> {
  const rows = await db.query<LearnerRow>(
    `${SELECT_LEARNERS}
      WHERE $1::text IS NULL OR l.id > $1
      GROUP BY l.id
     HAVING ($3::boolean IS NULL OR (count(DISTINCT k.provider) > 1) = $3)
        AND ($4::text IS NULL OR bool_or(k.provider = $4))
      ORDER BY l.id LIMIT $2`,
    [after, first, acrossProviders, provider],
  );
  return rows.map(toLearner);
}

/** OFFA learner ids of provider records, keyed `provider:providerLearnerId`: one statement per batch. */
export async function selectLearnerIdsByLinks(
  db: Queryable,
  provider: ProviderNamespace,
  providerLearnerIds: readonly string[],
): Promise<{ providerLearnerId: string; learnerId: string }[]> {
  return db.query(
    `SELECT provider_learner_id AS "providerLearnerId", learner_id AS "learnerId"
       FROM offa.learner_link WHERE provider = $1 AND provider_learner_id = ANY($2::text[])`,
    [provider, providerLearnerIds],
  );
}

function toLearner(row: LearnerRow): Learner {
  const linked = PROVIDER_NAMESPACES.filter((namespace) => row[namespace].length > 0);
  return Object.assign(
    { id: row.id, providers: linked.map(providerOfNamespace), movedBetweenProviders: linked.length > 1 },
    Object.fromEntries(PROVIDER_NAMESPACES.map((namespace) => [learnerIdsField(namespace), row[namespace]])),
  ) as Learner;
}
