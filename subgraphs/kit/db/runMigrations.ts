import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Connection, Database } from "./Database";

/** A numbered, forward-only SQL migration of one store. */
export interface Migration {
  id: string;
  sql: string;
}

/** Reads `NNNNNN_name.sql` files from a folder, in order. */
export function loadMigrations(folder: string): Migration[] {
  return readdirSync(folder)
    .filter((file) => /^\d{6}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ id: file.replace(/\.sql$/, ""), sql: readFileSync(join(folder, file), "utf8") }));
}

/**
 * Applies the migrations a store has not seen yet, each in its own transaction, recording them in
 * `<schema>.schema_migrations`. Returns the ids applied now.
 *
 * Any number of copies of a subgraph may start at once on one database (issue 9): the whole run holds a
 * PostgreSQL advisory lock keyed by the schema (migrationLockKey) on one session of its own
 * (Database.withConnection), so the copies migrate one after the other; each reads what is applied only once it
 * holds the lock, so every migration runs exactly once and no copy fails. The lock is a session lock: it is
 * released at the end, or by the session ending if the process dies. The embedded store is single-process; it
 * takes the same lock on its one session, which costs nothing and keeps one code path.
 */
export async function runMigrations(
  db: Database,
  schema: string,
  migrations: Migration[],
): Promise<string[]> {
  if (!db.withConnection) {
    throw new Error(
      `runMigrations(${schema}) needs Database.withConnection to hold its lock on one session: a wrapper must forward it.`,
    );
  }
  return db.withConnection(async (connection) => {
    const key = migrationLockKey(schema);
    // Waits for any copy migrating this schema; no timeout: a dead holder's session ends and frees the lock.
    await connection.query("SELECT pg_advisory_lock($1::bigint)", [key]);
    try {
      return await applyPending(connection, schema, migrations);
    } finally {
      await connection.query("SELECT pg_advisory_unlock($1::bigint)", [key]).catch(() => undefined);
    }
  });
}

/** The migrations not yet recorded, applied on the session that holds the lock. */
async function applyPending(
  connection: Connection,
  schema: string,
  migrations: Migration[],
): Promise<string[]> {
  await connection.exec(
    `CREATE SCHEMA IF NOT EXISTS ${schema};
     CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
       id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());`,
  );
  const done = new Set(
    (await connection.query<{ id: string }>(`SELECT id FROM ${schema}.schema_migrations`)).map(
      (row) => row.id,
    ),
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    // One script, so that on the embedded store no other statement can fall inside the transaction.
    await connection
      .exec(
        `BEGIN;\n${migration.sql}\n;INSERT INTO ${schema}.schema_migrations (id) VALUES ('${migration.id}');\nCOMMIT;`,
      )
      .catch(async (error: Error) => {
        await connection.exec("ROLLBACK").catch(() => undefined);
        throw new Error(`Migration ${schema}/${migration.id} failed: ${error.message}`);
      });
    applied.push(migration.id);
  }
  return applied;
}

/**
 * The advisory lock key of a schema's migrations: the first 8 bytes of SHA-256("offa:migrations:<schema>") as a
 * signed 64-bit integer (the type pg_advisory_lock takes), so each schema has its own lock and the key does not
 * collide with locks taken for other purposes under another prefix. Keys are per database.
 */
export function migrationLockKey(schema: string): string {
  return createHash("sha256").update(`offa:migrations:${schema}`).digest().readBigInt64BE(0).toString();
}
