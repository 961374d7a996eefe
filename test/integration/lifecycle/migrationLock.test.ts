import { Client } from "pg";
import { mkdtempSync, rmSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cefaSubgraph } from "../../../subgraphs/cefa";
import { openSubgraphStore, runMigrations, loadMigrations, type Database } from "../../../subgraphs/kit";
import { createEmbeddedDatabase } from "../../../subgraphs/kit/db/createEmbeddedDatabase";
import { createPostgresDatabase } from "../../../subgraphs/kit/db/createPostgresDatabase";
import { migrationLockKey } from "../../../subgraphs/kit/db/runMigrations";
import { createTestDatabase, type TestDatabase } from "../../helpers/createTestDatabase";
import { spawnEntry } from "../../helpers/spawnProcess";

const cefa = cefaSubgraph;
const CEFA_MIGRATIONS = readdirSync(cefa.migrationsDir).filter((file) => file.endsWith(".sql")).length;

/** Each migration id with how many times it was recorded, in a schema. */
async function recordedMigrations(url: string, schema: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; n: number }>(
      `SELECT id, count(*)::int AS n FROM ${schema}.schema_migrations GROUP BY id ORDER BY id`,
    );
    return Object.fromEntries(rows.map((row) => [row.id, row.n]));
  } finally {
    await client.end();
  }
}

/** Issue 9, item 5: any number of copies of a subgraph may start at once on one database. */
describe("migrations under an advisory lock", () => {
  let database: TestDatabase | undefined;

  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it("lets 6 concurrent openSubgraphStore calls on a fresh database all succeed, each migration run once", async () => {
    database = await createTestDatabase("offa_migrate");
    const url = database.url;
    const opened = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        openSubgraphStore(cefa, { database: { kind: "postgres", url }, settingName: "TEST_POSTGRES_URL" }),
      ),
    );
    const failures = opened.filter((result) => result.status === "rejected");
    expect(failures.map((failure) => String((failure as PromiseRejectedResult).reason))).toEqual([]);
    await Promise.all(opened.map((result) => (result as PromiseFulfilledResult<Database>).value.close()));
    const recorded = await recordedMigrations(url, cefa.dbSchema);
    expect(Object.keys(recorded)).toHaveLength(CEFA_MIGRATIONS);
    expect(Object.values(recorded).every((times) => times === 1)).toBe(true);
    // The audit log's schema is migrated under its own lock, the same way.
    expect(Object.values(await recordedMigrations(url, "audit_cefa")).every((times) => times === 1)).toBe(
      true,
    );
  });

  it("makes a copy wait while another holds the schema's lock, and migrate nothing twice", async () => {
    database = await createTestDatabase("offa_migrate");
    const holder = new Client({ connectionString: database.url });
    await holder.connect();
    const dbs = [createPostgresDatabase(database.url), createPostgresDatabase(database.url)];
    try {
      await holder.query("SELECT pg_advisory_lock($1::bigint)", [migrationLockKey(cefa.dbSchema)]);
      const migrations = loadMigrations(cefa.migrationsDir);
      const waiting = runMigrations(dbs[0]!, cefa.dbSchema, migrations);
      let settled = false;
      void waiting.finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Held elsewhere: nothing ran, not even the schema's creation.
      expect(settled).toBe(false);
      const { rows } = await holder.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [cefa.dbSchema]);
      expect(rows).toHaveLength(0);
      await holder.query("SELECT pg_advisory_unlock($1::bigint)", [migrationLockKey(cefa.dbSchema)]);
      expect(await waiting).toHaveLength(CEFA_MIGRATIONS);
      // The next copy finds everything applied.
      expect(await runMigrations(dbs[1]!, cefa.dbSchema, migrations)).toEqual([]);
    } finally {
      await holder.end();
      await Promise.all(dbs.map((db) => db.close()));
    }
  });

  it("frees the lock when a migration fails, so the next copy can try", async () => {
    database = await createTestDatabase("offa_migrate");
    const db = createPostgresDatabase(database.url);
    try {
      const broken = [{ id: "000001_broken", sql: "CREATE TABLE lock_test.t (id int); SELECT 1/0;" }];
      await expect(runMigrations(db, "lock_test", broken)).rejects.toThrow(/lock_test\/000001_broken failed/);
      const fixed = [{ id: "000001_fixed", sql: "CREATE TABLE lock_test.t (id int);" }];
      // Would wait for ever if the failed run had kept the lock.
      expect(await runMigrations(db, "lock_test", fixed)).toEqual(["000001_fixed"]);
    } finally {
      await db.close();
    }
  });

  it("takes the same lock on the embedded store (PGlite has advisory locks too)", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "offa-lock-"));
    const db = await createEmbeddedDatabase(dataDir);
    try {
      const migrations = loadMigrations(cefa.migrationsDir);
      const [first, second] = await Promise.all([
        runMigrations(db, cefa.dbSchema, migrations),
        runMigrations(db, cefa.dbSchema, migrations),
      ]);
      // One session: the runs take turns, so one applies everything and the other nothing.
      expect([first.length, second.length].sort()).toEqual([0, CEFA_MIGRATIONS]);
      // The lock is released: taking it again does not wait.
      const [row] = await db.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS locked", [
        migrationLockKey(cefa.dbSchema),
      ]);
      expect(row!.locked).toBe(true);
    } finally {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it("lets 3 subgraph processes started at once on a fresh database all serve, each migration run once", async () => {
    database = await createTestDatabase("offa_migrate");
    const copies = Array.from({ length: 3 }, () =>
      spawnEntry("subgraphs/cefa/main.ts", { CEFA_DATABASE_URL: database!.url, CEFA_PORT: "0" }),
    );
    try {
      await Promise.all(copies.map((copy) => copy.waitFor(/cefa subgraph ready at/, 90_000)));
      const recorded = await recordedMigrations(database.url, cefa.dbSchema);
      expect(Object.keys(recorded)).toHaveLength(CEFA_MIGRATIONS);
      expect(Object.values(recorded).every((times) => times === 1)).toBe(true);
    } finally {
      for (const copy of copies) copy.child.kill("SIGTERM");
      expect(await Promise.all(copies.map((copy) => copy.exited()))).toEqual([0, 0, 0]);
    }
  }, 120_000);
});
