import type { Database, Queryable } from "../../subgraphs/kit/db/Database";
import { PROVIDER_NAMESPACES, type ProviderNamespace } from "../../subgraphs/kit/provider/providerNamespaces";
import { configuredKeyIds, PSEUDONYM_DOMAINS, type PseudonymKeys } from "../../subgraphs/kit/pseudonyms";
import {
  countPseudonymsByKey,
  insertLearnerPseudonyms,
} from "../../subgraphs/offa/identity/pseudonymQueries";
import { type Dataset, GENERATOR_VERSION, generateDataset, validateOptions } from "./generateDataset";
import type { DatasetCounts, GroundTruth } from "./groundTruth";
import type { Row } from "./rows";

/** The four stores, named as the subgraphs are. */
export type StoreName = ProviderNamespace | "offa";

/** What seedStores needs besides the stores. */
export interface SeedOptions {
  seed: number;
  scale: number;
  /** Every domain's pseudonym keys: OFFA gets each learner's pseudonym under each configured key. */
  pseudonymKeys: PseudonymKeys;
  /** Rows written so far out of the total, across the four stores. */
  onProgress?: (done: number, total: number) => void;
}

/** What seedStores did. */
export interface SeedResult {
  /** False when every store already held this dataset (its tables were not rewritten). */
  seeded: boolean;
  /**
   * Pseudonyms added to a store that already held the dataset, for configured keys it lacked (a key rotation:
   * the new key's rows next to the old ones); 0 when seeded now or nothing was missing.
   */
  pseudonymsAdded: number;
  /** Rows per table, read back from the stores. */
  counts: DatasetCounts;
  /** The ground truth when seeded now; null otherwise (regenerate it with generateDataset, it is cheap). */
  groundTruth: GroundTruth | null;
}

/**
 * The data tables the generator fills, per store, in foreign-key order. Code lists (nomenclature,
 * referentiel, codification, common_trade) and schema_migrations belong to the migrations and are never
 * touched.
 */
export const datasetTables: Readonly<Record<StoreName, readonly string[]>> = {
  cefa: [
    "centre",
    "option_etude",
    "eleve",
    "inscription",
    "contrat",
    "decision_palier",
    "retribution",
    "statut_periode",
    "certification",
  ],
  ifapme: [
    "site",
    "metier",
    "apprenant",
    "inscription",
    "contrat",
    "evaluation_niveau",
    "remuneration",
    "etat_periode",
    "titre_delivre",
  ],
  sfpme: [
    "formation",
    "apprenant",
    "inscription",
    "convention",
    "palier_allocation",
    "allocation",
    "statut_historique",
    "diplome",
  ],
  offa: [
    "learner",
    "learner_pseudonym",
    "learner_link",
    "identity_candidate",
    "enterprise",
    "establishment_unit",
    "tutor",
    "tutor_unit",
    "accreditation",
    "accreditation_event",
    "contract_tutor",
  ],
};

const STORES: readonly StoreName[] = [...PROVIDER_NAMESPACES, "offa"];
/** Rows per INSERT statement: large enough to be fast, small enough for PGlite's memory. */
const CHUNK_ROWS = 5000;

/**
 * Seeds the four stores with the synthetic dataset, unless each already holds the same (seed, scale,
 * generator version) according to its `<schema>.dataset_seed` marker. Otherwise each store, in its own
 * transaction, has its data tables emptied and refilled, one INSERT … SELECT FROM unnest(…) per chunk of rows,
 * then gets a new marker. Then the registry import of pseudonyms: when OFFA's store lacks the pseudonyms of a
 * configured key (a rotation: a new current key, the old one as previous), they are computed from the
 * generator's national numbers and added, the old key's rows kept until `npm run pseudonyms:retire`. Works the
 * same on PostgreSQL and PGlite (only the Database interface is used). The caller has run the migrations.
 */
export async function seedStores(
  stores: Record<StoreName, Database>,
  options: SeedOptions,
): Promise<SeedResult> {
  validateOptions(options);
  const marker = GENERATOR_VERSION;
  for (const name of STORES) await stores[name].exec(markerTableSql(name));
  const current = await Promise.all(STORES.map((name) => holdsDataset(stores[name], name, options, marker)));
  let dataset: Dataset | undefined;
  const generate = () =>
    (dataset ??= generateDataset({
      seed: options.seed,
      scale: options.scale,
      pseudonymKeys: options.pseudonymKeys,
    }));
  if (current.every(Boolean)) {
    const pseudonymsAdded = await importMissingPseudonyms(stores.offa, options.pseudonymKeys, generate);
    return { seeded: false, pseudonymsAdded, counts: await countRows(stores), groundTruth: null };
  }
  await writeDataset(stores, options, marker, generate());
  const { groundTruth } = generate();
  return { seeded: true, pseudonymsAdded: 0, counts: groundTruth.counts, groundTruth };
}

async function writeDataset(
  stores: Record<StoreName, Database>,
  options: SeedOptions,
  marker: string,
  dataset: Dataset,
): Promise<void> {
  const total = STORES.reduce(
    (sum, name) =>
      sum +
      Object.values(dataset.stores[name] as Record<string, Row[]>).reduce((n, rows) => n + rows.length, 0),
    0,
  );
  let done = 0;
  for (const name of STORES) {
    const tables = dataset.stores[name] as Record<string, Row[]>;
    await stores[name].transaction(async (tx) => {
      const qualified = datasetTables[name].map((table) => `${name}.${table}`).join(", ");
      await tx.query(`TRUNCATE ${qualified}, ${name}.dataset_seed`);
      for (const table of datasetTables[name]) {
        const rows = tables[table] ?? [];
        const columns = await columnTypes(tx, name, table);
        for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
          const chunk = rows.slice(start, start + CHUNK_ROWS);
          await insertChunk(tx, name, table, columns, chunk);
          done += chunk.length;
          options.onProgress?.(done, total);
        }
      }
      await tx.query(
        `INSERT INTO ${name}.dataset_seed (seed, scale, generator_version, seeded_at) VALUES ($1, $2, $3, now())`,
        [options.seed, options.scale, marker],
      );
    });
    // Fresh statistics so the first queries on a just-seeded store get sensible plans.
    for (const table of datasetTables[name]) await stores[name].query(`ANALYZE ${name}.${table}`);
  }
}

/**
 * Adds the pseudonyms of every configured key OFFA's store lacks (one batch statement per chunk, one
 * transaction), keeping the rows already there: during a rotation both keys' pseudonyms resolve. Returns the
 * number of rows added. The store holds the dataset the generator gives for these options (same learner ids).
 */
async function importMissingPseudonyms(
  offa: Database,
  keys: PseudonymKeys,
  generate: () => Dataset,
): Promise<number> {
  const stored = await countPseudonymsByKey(offa);
  // A key is missing when it has fewer rows than the domain's most complete key (or than the learners when no
  // key has any): a learner the matcher split from a namesake of the same number holds no pseudonym (offa.ts),
  // so "one row per learner" is not the measure.
  const missing = new Set(
    PSEUDONYM_DOMAINS.flatMap((domain) => {
      const counts = [...stored.byKey].filter(([key]) => key.startsWith(`${domain}:`)).map(([, n]) => n);
      const complete = counts.length === 0 ? stored.learners : Math.max(...counts);
      return configuredKeyIds(keys, domain)
        .map((keyId) => `${domain}:${keyId}`)
        .filter((key) => (stored.byKey.get(key) ?? 0) < complete);
    }),
  );
  if (missing.size === 0) return 0;
  const rows = generate().stores.offa.learner_pseudonym.filter((row) =>
    missing.has(`${row.domain}:${row.key_id}`),
  );
  let added = 0;
  await offa.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += CHUNK_ROWS)
      added += await insertLearnerPseudonyms(tx, rows.slice(start, start + CHUNK_ROWS));
  });
  await offa.query(`ANALYZE offa.learner_pseudonym`);
  return added;
}

/** Row counts of the dataset tables, read from the stores. */
export async function countRows(stores: Record<StoreName, Database>): Promise<DatasetCounts> {
  const counts = {} as DatasetCounts;
  for (const name of STORES) {
    const sql = datasetTables[name]
      .map((table) => `SELECT '${table}' AS name, count(*)::int AS n FROM ${name}.${table}`)
      .join(" UNION ALL ");
    const rows = await stores[name].query<{ name: string; n: number }>(sql);
    counts[name] = Object.fromEntries(rows.map((row) => [row.name, Number(row.n)]));
  }
  return counts;
}

function markerTableSql(schema: StoreName): string {
  return `CREATE TABLE IF NOT EXISTS ${schema}.dataset_seed (
    seed int NOT NULL, scale numeric NOT NULL, generator_version text NOT NULL, seeded_at timestamptz NOT NULL)`;
}

async function holdsDataset(
  db: Database,
  schema: StoreName,
  options: SeedOptions,
  marker: string,
): Promise<boolean> {
  const rows = await db.query<{ seed: number; scale: string; generator_version: string }>(
    `SELECT seed, scale::text AS scale, generator_version FROM ${schema}.dataset_seed`,
  );
  return (
    rows.length === 1 &&
    Number(rows[0].seed) === options.seed &&
    Number(rows[0].scale) === options.scale &&
    rows[0].generator_version === marker
  );
}

interface Column {
  name: string;
  /** SQL type as format_type spells it, e.g. 'numeric(4,1)'. */
  type: string;
}

// Column types come from the catalogue, so the INSERT casts each array to exactly the column's type and
// follows the migrations without a copy of the schema here.
async function columnTypes(tx: Queryable, schema: string, table: string): Promise<Column[]> {
  const columns = await tx.query<Column>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`,
    [schema, table],
  );
  if (columns.length === 0)
    throw new Error(`Table ${schema}.${table} does not exist: run the migrations first`);
  return columns;
}

async function insertChunk(
  tx: Queryable,
  schema: string,
  table: string,
  columns: Column[],
  rows: Row[],
): Promise<void> {
  const names = Object.keys(rows[0]);
  const byName = new Map(columns.map((column) => [column.name, column]));
  const used = names.map((name) => {
    const column = byName.get(name);
    if (!column)
      throw new Error(`The generator writes ${schema}.${table}.${name}, which the migrations lack`);
    return column;
  });
  const arrays = used.map((column) => rows.map((row) => row[column.name] ?? null));
  const casts = used.map((column, i) => `$${i + 1}::${column.type}[]`).join(", ");
  const list = used.map((column) => `"${column.name}"`).join(", ");
  await tx.query(`INSERT INTO ${schema}.${table} (${list}) SELECT * FROM unnest(${casts})`, arrays);
}
