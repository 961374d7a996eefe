import { join } from "node:path";
import { type DatabaseSettings, POSTGRES_TIMEOUT_DEFAULTS, type PostgresTimeouts } from "../db/Database";
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
  const shared = reader.postgresUrl("DATABASE_URL");
  const timeouts: PostgresTimeouts = {
    connectMs: reader.integer(
      "DATABASE_CONNECT_TIMEOUT_MS",
      POSTGRES_TIMEOUT_DEFAULTS.connectMs,
      100,
      60_000,
    ),
    queryMs: reader.integer("DATABASE_QUERY_TIMEOUT_MS", POSTGRES_TIMEOUT_DEFAULTS.queryMs, 100, 600_000),
  };
  if (own) return { database: { kind: "postgres", url: own, timeouts }, settingName: ownName };
  if (shared) return { database: { kind: "postgres", url: shared, timeouts }, settingName: "DATABASE_URL" };
  const dataDir = reader.string("OFFA_DATA_DIR", ".data");
  return {
    database: { kind: "embedded", dataDir: join(dataDir, subgraphName) },
    settingName: `OFFA_DATA_DIR (or ${ownName} / DATABASE_URL)`,
  };
}
