import { subgraphs } from "../../subgraphs";
import {
  auditSchemaName,
  type Database,
  openDatabase,
  readStoreSettings,
  SettingsReader,
} from "../../subgraphs/kit";

/** One subgraph's store, opened to read its audit log. */
export interface AuditStore {
  name: string;
  auditSchema: string;
  db: Database;
}

/**
 * Opens every subgraph's store through the settings the subgraphs themselves read (readStoreSettings:
 * `<NAME>_DATABASE_URL`, `DATABASE_URL`, else embedded in OFFA_DATA_DIR), without migrating anything. An embedded
 * store can be opened by one process at a time: stop the stack first, or use PostgreSQL.
 */
export async function openAuditStores(env: NodeJS.ProcessEnv = process.env): Promise<AuditStore[]> {
  const reader = new SettingsReader(env);
  const settings = subgraphs.map((definition) => ({
    name: definition.name,
    store: readStoreSettings(reader, definition.name),
  }));
  reader.done();
  const stores: AuditStore[] = [];
  try {
    for (const { name, store } of settings)
      stores.push({
        name,
        auditSchema: auditSchemaName(name),
        db: await openDatabase(store.database, store.settingName),
      });
    return stores;
  } catch (error) {
    await closeAuditStores(stores);
    throw error;
  }
}

/** Closes what openAuditStores opened. */
export async function closeAuditStores(stores: readonly AuditStore[]): Promise<void> {
  await Promise.all(stores.map((store) => store.db.close()));
}

/** Whether a store has an audit log at all (its subgraph was started or migrated at least once). */
export async function hasAuditLog(store: AuditStore): Promise<boolean> {
  const [row] = await store.db.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [
    `${store.auditSchema}.audit_log`,
  ]);
  return Boolean(row?.found);
}
