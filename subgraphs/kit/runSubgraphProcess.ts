import { SettingsReader } from "./config/SettingsReader";
import { readRequestVerificationSettings } from "./config/readRequestVerificationSettings";
import { readStoreSettings } from "./config/readStoreSettings";
import { KitError } from "./errors/KitError";
import { readPseudonymKeys } from "./pseudonyms/readPseudonymKeys";
import { startSubgraph } from "./startSubgraph";
import type { SubgraphDefinition } from "./SubgraphDefinition";

/**
 * The main of a subgraph run alone as its own process (production): settings from the environment,
 * start, then drain on SIGTERM/SIGINT. A bad setting or an unreachable database exits 1 with one message.
 */
export async function runSubgraphProcess(definition: SubgraphDefinition, env = process.env): Promise<void> {
  try {
    const reader = new SettingsReader(env);
    const store = readStoreSettings(reader, definition.name);
    const port = reader.port(`${definition.name.toUpperCase()}_PORT`, definition.defaultPort);
    // Loopback unless told otherwise (0.0.0.0 in a container, behind the network the gateway shares).
    const host = reader.host(`${definition.name.toUpperCase()}_HOST`, "127.0.0.1");
    const verification = readRequestVerificationSettings(reader, env);
    const configured = definition.withPseudonymKeys?.(readPseudonymKeys(reader, env)) ?? definition;
    reader.done();
    const started = await startSubgraph(configured, { ...store, host, port, verification });
    console.log(`${definition.name} subgraph ready at ${started.url} (${started.db.kind} store)`);
    const shutdown = async () => {
      await started.stop();
      process.exit(0);
    };
    process.once("SIGTERM", shutdown);
    process.once("SIGINT", shutdown);
  } catch (error) {
    const prefix = error instanceof KitError ? `[${error.code}] ` : "";
    console.error(`${definition.name} subgraph failed to start: ${prefix}${(error as Error).message}`);
    process.exit(1);
  }
}
