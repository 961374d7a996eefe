import type { ShutdownSettings } from "../../schema/contract/http";
import type { ObservabilitySettings } from "../../schema/contract/observability";
import type { Database, DatabaseSettings } from "./db/Database";
import { openDatabase } from "./db/openDatabase";
import { loadMigrations, runMigrations } from "./db/runMigrations";
import { auditSchemaName } from "./audit/auditSchemaName";
import { loadAuditMigrations } from "./audit/loadAuditMigrations";
import type { RequestVerificationSettings } from "./server/RequestVerificationSettings";
import { startSubgraphServer, type RunningSubgraph } from "./server/startSubgraphServer";
import type { SubgraphDefinition } from "./SubgraphDefinition";

/** What `startSubgraph` needs: the store and where to listen. */
export interface SubgraphRunSettings {
  database: DatabaseSettings;
  /** The setting a user fixes when the store cannot be opened (named in the error). */
  settingName: string;
  port: number;
  host?: string;
  /** How each request is checked to come from the gateway (key, window, nonce store, body cap). */
  verification: RequestVerificationSettings;
  /** How `stop()` drains; absent: no grace (tests, the in-process stack). */
  shutdown?: ShutdownSettings;
  /** LOG_LEVEL, METRICS_ENABLED, OTEL_*; absent: read from the environment when the server starts. */
  observability?: ObservabilitySettings;
}

/** A started subgraph with its open store; `stop()` closes both. */
export interface StartedSubgraph extends RunningSubgraph {
  db: Database;
}

/**
 * Opens and migrates a subgraph's store (without serving): seeding and rule loading use this too. The kit's
 * audit log is migrated in the same store, in its own schema (`audit_<name>`).
 */
export async function openSubgraphStore(
  definition: SubgraphDefinition,
  settings: Pick<SubgraphRunSettings, "database" | "settingName">,
): Promise<Database> {
  const db = await openDatabase(settings.database, settings.settingName);
  try {
    await runMigrations(db, definition.dbSchema, loadMigrations(definition.migrationsDir));
    const auditSchema = auditSchemaName(definition.name);
    await runMigrations(db, auditSchema, loadAuditMigrations(auditSchema));
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Boots one subgraph: open the store, migrate, build the schema, serve. */
export async function startSubgraph(
  definition: SubgraphDefinition,
  settings: SubgraphRunSettings,
  openDb?: Database,
): Promise<StartedSubgraph> {
  const db = openDb ?? (await openSubgraphStore(definition, settings));
  const schema = await definition.buildSchema();
  const running = await startSubgraphServer({
    definition,
    schema,
    db,
    port: settings.port,
    host: settings.host,
    verification: settings.verification,
    shutdown: settings.shutdown,
    observability: settings.observability,
  });
  let stopping: Promise<void> | undefined;
  return {
    ...running,
    db,
    stop: () =>
      (stopping ??= (async () => {
        await running.stop();
        if (!openDb) await db.close();
      })()),
  };
}
