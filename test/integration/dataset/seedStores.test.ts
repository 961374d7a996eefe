import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDataset, seedStores, countRows, type StoreName } from "../../../scripts/dataset";
import { createEmbeddedDatabase } from "../../../subgraphs/kit/db/createEmbeddedDatabase";
import { createPostgresDatabase } from "../../../subgraphs/kit/db/createPostgresDatabase";
import type { Database } from "../../../subgraphs/kit/db/Database";
import { developmentPseudonymKeys, pseudonymKey } from "../../../subgraphs/kit/pseudonyms";
import { loadMigrations, runMigrations } from "../../../subgraphs/kit/db/runMigrations";
import { createTestDatabase, type TestDatabase } from "../../helpers/createTestDatabase";

const STORES: StoreName[] = ["cefa", "ifapme", "sfpme", "offa"];
const KEYS = developmentPseudonymKeys();

/** The four stores in one database (each in its own schema), migrated as the subgraphs would. */
async function migrate(db: Database): Promise<Record<StoreName, Database>> {
  for (const store of STORES) {
    await runMigrations(db, store, loadMigrations(join(__dirname, `../../../subgraphs/${store}/migrations`)));
  }
  return { cefa: db, ifapme: db, sfpme: db, offa: db };
}

/** Codes written outside the code lists the migrations own (must be none). */
async function straysFromCodeLists(db: Database): Promise<number> {
  const checks = [
    `SELECT count(*)::int AS n FROM cefa.contrat c WHERE NOT EXISTS (SELECT 1 FROM cefa.nomenclature n
       WHERE n.categorie = 'STATUT_CONTRAT' AND n.code = c.statut)`,
    `SELECT count(*)::int AS n FROM cefa.decision_palier d WHERE NOT EXISTS (SELECT 1 FROM cefa.nomenclature n
       WHERE n.categorie = 'PALIER' AND n.code = d.palier)`,
    `SELECT count(*)::int AS n FROM ifapme.contrat c WHERE NOT EXISTS (SELECT 1 FROM ifapme.referentiel r
       WHERE r.domaine = 'ETAT_CONTRAT' AND r.code = c.etat_code)`,
    `SELECT count(*)::int AS n FROM ifapme.evaluation_niveau e WHERE NOT EXISTS (SELECT 1 FROM ifapme.referentiel r
       WHERE r.domaine = 'NIVEAU' AND r.code = e.niveau_code)`,
    `SELECT count(*)::int AS n FROM sfpme.convention c WHERE NOT EXISTS (SELECT 1 FROM sfpme.codification f
       WHERE f.famille = 'CONVENTION' AND f.code = c.type_convention)`,
    `SELECT count(*)::int AS n FROM sfpme.palier_allocation p WHERE NOT EXISTS (SELECT 1 FROM sfpme.codification f
       WHERE f.famille = 'ANNEE' AND f.code = p.annee_code)`,
  ];
  let total = 0;
  for (const sql of checks) total += Number((await db.query<{ n: number }>(sql))[0].n);
  return total;
}

describe("seedStores on PostgreSQL", () => {
  let database: TestDatabase;
  let db: Database;
  let stores: Record<StoreName, Database>;

  beforeAll(async () => {
    database = await createTestDatabase("offa_seed");
    db = createPostgresDatabase(database.url);
    stores = await migrate(db);
  });

  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it("seeds the four stores with exactly the rows of the dataset", async () => {
    const result = await seedStores(stores, { seed: 42, scale: 0.01, pseudonymKeys: KEYS });
    expect(result.seeded).toBe(true);
    expect(result.groundTruth?.counts).toEqual(result.counts);
    expect(await countRows(stores)).toEqual(result.counts);
    expect(result.counts.cefa.contrat).toBeGreaterThan(100);
    expect(await straysFromCodeLists(db)).toBe(0);
  });

  it("stores dates and numerics as generated", async () => {
    const expected = generateDataset({ seed: 42, scale: 0.01, pseudonymKeys: KEYS }).stores.cefa.contrat[0];
    const [row] = await db.query<Record<string, unknown>>("SELECT * FROM cefa.contrat WHERE id = $1", [
      expected.id,
    ]);
    expect(row.date_debut).toBe(expected.date_debut);
    expect(Number(row.retribution_mensuelle)).toBe(expected.retribution_mensuelle);
    expect(Number(row.heures_entreprise_annee)).toBe(expected.heures_entreprise_annee);
    expect(row.date_encodage).toBe(expected.date_encodage);
  });

  it("does nothing when every store already holds the same seed and scale", async () => {
    const before = await countRows(stores);
    const result = await seedStores(stores, { seed: 42, scale: 0.01, pseudonymKeys: KEYS });
    expect(result).toEqual({ seeded: false, pseudonymsAdded: 0, counts: before, groundTruth: null });
  });

  it("reseeds another dataset in place, leaving code lists and migrations alone", async () => {
    const codes = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM cefa.nomenclature");
    const migrations = await db.query("SELECT id, applied_at FROM offa.schema_migrations ORDER BY id");
    const result = await seedStores(stores, { seed: 43, scale: 0.005, pseudonymKeys: KEYS });
    expect(result.seeded).toBe(true);
    expect(await countRows(stores)).toEqual(result.counts);
    expect(await db.query("SELECT count(*)::int AS n FROM cefa.nomenclature")).toEqual(codes);
    expect(await db.query("SELECT id, applied_at FROM offa.schema_migrations ORDER BY id")).toEqual(
      migrations,
    );
    const markers = await db.query<{ seed: number }>("SELECT seed FROM sfpme.dataset_seed");
    expect(markers).toEqual([{ seed: 43 }]);
  });

  it("adds a new pseudonym key's rows without reseeding when only the keys change", async () => {
    const before = await countRows(stores);
    const rotated = { ...KEYS, audit: { current: pseudonymKey("rotated-audit-key-".repeat(2)) } };
    const result = await seedStores(stores, { seed: 43, scale: 0.005, pseudonymKeys: rotated });
    expect(result.seeded).toBe(false);
    // One audit pseudonym per learner holding a national number at some provider: a learner made of a record whose
    // provider never recorded the number (NATIONAL_NUMBER_MISSING, on the review list) has none to add.
    const [{ numbered }] = await stores.offa.query<{ numbered: number }>(
      `SELECT count(DISTINCT learner_id)::int AS numbered FROM offa.learner_pseudonym WHERE domain = 'audit'`,
    );
    expect(numbered).toBeGreaterThan(0);
    expect(result.pseudonymsAdded).toBe(numbered);
    expect(result.counts.offa.learner_pseudonym).toBe(before.offa.learner_pseudonym + numbered);
    expect(result.counts.cefa).toEqual(before.cefa);
  });
});

describe("seedStores on PGlite", () => {
  let dataDir: string;
  let db: Database;
  let stores: Record<StoreName, Database>;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "offa-seed-"));
    db = await createEmbeddedDatabase(dataDir);
    stores = await migrate(db);
  });

  afterAll(async () => {
    await db?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("seeds the same rows as on PostgreSQL and skips a second time", async () => {
    const result = await seedStores(stores, { seed: 42, scale: 0.005, pseudonymKeys: KEYS });
    expect(result.seeded).toBe(true);
    expect(await countRows(stores)).toEqual(result.counts);
    expect(await straysFromCodeLists(db)).toBe(0);
    const again = await seedStores(stores, { seed: 42, scale: 0.005, pseudonymKeys: KEYS });
    expect(again.seeded).toBe(false);
  });
});
