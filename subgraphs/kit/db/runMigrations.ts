import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "./Database";

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
 */
export async function runMigrations(
  db: Database,
  schema: string,
  migrations: Migration[],
): Promise<string[]> {
  await db.exec(
    `CREATE SCHEMA IF NOT EXISTS ${schema};
     CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
       id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());`,
  );
  const done = new Set(
    (await db.query<{ id: string }>(`SELECT id FROM ${schema}.schema_migrations`)).map((row) => row.id),
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    await db
      .exec(
        `BEGIN;\n${migration.sql}\n;INSERT INTO ${schema}.schema_migrations (id) VALUES ('${migration.id}');\nCOMMIT;`,
      )
      .catch(async (error: Error) => {
        await db.exec("ROLLBACK").catch(() => undefined);
        throw new Error(`Migration ${schema}/${migration.id} failed: ${error.message}`);
      });
    applied.push(migration.id);
  }
  return applied;
}
