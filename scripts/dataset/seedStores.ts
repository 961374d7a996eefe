import { createHmac } from "node:crypto";
import type { Database, Queryable } from "../../subgraphs/kit/db/Database";
import { PROVIDER_NAMESPACES, type ProviderNamespace } from "../../subgraphs/kit/provider/providerNamespaces";
import { GENERATOR_VERSION, generateDataset, validateOptions } from "./generateDataset";
import type { DatasetCounts, GroundTruth } from "./groundTruth";
import type { Row } from "./rows";

/** The four stores, named as the subgraphs are. */
export type StoreName = ProviderNamespace | "offa";

/** What seedStores needs besides the stores. */
export interface SeedOptions {
  seed: number;
  scale: number;
  nissHashKey: string;
  /** Rows written so far out of the total, across the four stores. */
  onProgress?: (done: number, total: number) => void;
}

/** What seedStores did. */
export interface SeedResult {
  /** False when every store already held this dataset (nothing was written). */
  seeded: boolean;
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
    "learner_link",
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
 * generator version, NISS-hash key) according to its `<schema>.dataset_seed` marker. Otherwise each store,
 * in its own transaction, has its data tables emptied and refilled, one INSERT … SELECT FROM unnest(…) per
 * chunk of rows, then gets a new marker. Works the same on PostgreSQL and PGlite (only the Database
 * interface is used). The caller has run the migrations.
 */
export async function seedStores(
  stores: Record<StoreName, Database>,
  options: SeedOptions,
): Promise<SeedResult> {
  validateOptions(options);
  const marker = markerVersion(options.nissHashKey);
  for (const name of STORES) await stores[name].exec(markerTableSql(name));
  const current = await Promise.all(STORES.map((name) => holdsDataset(stores[name], name, options, marker)));
  if (current.every(Boolean)) {
    return { seeded: false, counts: await countRows(stores), groundTruth: null };
  }

  const dataset = generateDataset({
    seed: options.seed,
    scale: options.scale,
    nissHashKey: options.nissHashKey,
  });
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
  return { seeded: true, counts: dataset.groundTruth.counts, groundTruth: dataset.groundTruth };
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

// The marker's version also carries a short fingerprint of the hash key: a store hashed under another key
// must be reseeded. The fingerprint is an HMAC of a fixed text, so it reveals nothing usable about the key.
function markerVersion(nissHashKey: string): string {
  const fingerprint = createHmac("sha256", nissHashKey)
    .update("offa-dataset-marker")
    .digest("hex")
    .slice(0, 8);
  return `${GENERATOR_VERSION}+key.${fingerprint}`;
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
