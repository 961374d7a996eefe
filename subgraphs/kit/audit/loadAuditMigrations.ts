import { join } from "node:path";
import { loadMigrations, type Migration } from "../db/runMigrations";

/** Where the kit keeps the audit log's numbered migrations. */
const AUDIT_MIGRATIONS_DIR = join(__dirname, "migrations");

/**
 * The audit log's migrations for one audit schema (auditSchemaName): the kit's files with `__AUDIT_SCHEMA__`
 * replaced, applied by every subgraph's migration run (openSubgraphStore) and recorded in
 * `<auditSchema>.schema_migrations`.
 */
export function loadAuditMigrations(auditSchema: string): Migration[] {
  if (!/^audit_[a-z0-9_]+$/.test(auditSchema)) throw new Error(`Not an audit schema: "${auditSchema}"`);
  return loadMigrations(AUDIT_MIGRATIONS_DIR).map((migration) => ({
    ...migration,
    sql: migration.sql.replaceAll("__AUDIT_SCHEMA__", auditSchema),
  }));
}
