import { createEmbeddedDatabase } from "./createEmbeddedDatabase";
import { createPostgresDatabase } from "./createPostgresDatabase";
import type { Database, DatabaseSettings } from "./Database";
import { KitError } from "../errors/KitError";

/**
 * Opens a store and proves it answers. A missing or unreachable database fails here, at start, with one
 * message that names the setting to fix.
 */
export async function openDatabase(settings: DatabaseSettings, settingName: string): Promise<Database> {
  let database: Database | undefined;
  try {
    database =
      settings.kind === "postgres"
        ? createPostgresDatabase(settings.url, { timeouts: settings.timeouts })
        : await createEmbeddedDatabase(settings.dataDir);
    await database.query("SELECT 1");
    return database;
  } catch (error) {
    await database?.close().catch(() => undefined);
    const where = settings.kind === "postgres" ? redactUrl(settings.url) : settings.dataDir;
    throw new KitError(
      "OFFA_DATABASE_UNREACHABLE",
      `Cannot open the database at ${where}: ${(error as Error).message}. Fix ${settingName}.`,
    );
  }
}

/** Hides a password in a connection URL before it reaches a log. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable URL)";
  }
}
