import { join } from "node:path";
import type { DatabaseSettings } from "../db/Database";
import type { SettingsReader } from "./SettingsReader";

/** Where a subgraph's store lives, and the name of the setting a user fixes when it cannot be opened. */
export interface StoreSettings {
  database: DatabaseSettings;
  settingName: string;
}

/**
 * A store's database: `<NAME>_DATABASE_URL`, else the shared `DATABASE_URL`, else embedded PostgreSQL in
 * `<OFFA_DATA_DIR>/<name>` (default `.data/<name>`).
 */
export function readStoreSettings(reader: SettingsReader, subgraphName: string): StoreSettings {
  const ownName = `${subgraphName.toUpperCase()}_DATABASE_URL`;
  const own = reader.postgresUrl(ownName);
  if (own) return { database: { kind: "postgres", url: own }, settingName: ownName };
  const shared = reader.postgresUrl("DATABASE_URL");
  if (shared) return { database: { kind: "postgres", url: shared }, settingName: "DATABASE_URL" };
  const dataDir = reader.string("OFFA_DATA_DIR", ".data");
  return {
    database: { kind: "embedded", dataDir: join(dataDir, subgraphName) },
    settingName: `OFFA_DATA_DIR (or ${ownName} / DATABASE_URL)`,
  };
}
