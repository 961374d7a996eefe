import { probeListenAddresses, stopOnSignals } from "../../schema/contract/http";
import { SettingsReader } from "./config/SettingsReader";
import { readRequestVerificationSettings } from "./config/readRequestVerificationSettings";
import { readShutdownSettingsFrom } from "./config/readShutdownSettingsFrom";
import { readSubgraphObservabilitySettings } from "./config/readSubgraphObservabilitySettings";
import { readStoreSettings } from "./config/readStoreSettings";
import { KitError } from "./errors/KitError";
import { readPseudonymKeys } from "./pseudonyms/readPseudonymKeys";
import { startSubgraph } from "./startSubgraph";
import type { SubgraphDefinition } from "./SubgraphDefinition";

/**
 * The main of a subgraph run alone as its own process (production): settings from the environment, checked
 * with its listen address before the store is opened (one message listing every problem), start, then drain on
 * SIGTERM/SIGINT (stopOnSignals: readiness 503, SHUTDOWN_GRACE_MS, in-flight requests finish, exit 0; a second
 * signal exits 1 at once). A bad setting, a port in use or an unreachable database exits 1 with one message.
 */
export async function runSubgraphProcess(definition: SubgraphDefinition, env = process.env): Promise<void> {
  const prefix = definition.name.toUpperCase();
  try {
    const reader = new SettingsReader(env);
    const store = readStoreSettings(reader, definition.name);
    const before = reader.problemCount;
    const port = reader.port(`${prefix}_PORT`, definition.defaultPort);
    // Loopback unless told otherwise (0.0.0.0 in a container, behind the network the gateway shares).
    const host = reader.host(`${prefix}_HOST`, "127.0.0.1");
    const listenSettingsValid = reader.problemCount === before;
    const verification = readRequestVerificationSettings(reader, env);
    const shutdown = readShutdownSettingsFrom(reader, env);
    const observability = readSubgraphObservabilitySettings(reader, env);
    const configured = definition.withPseudonymKeys?.(readPseudonymKeys(reader, env)) ?? definition;
    if (listenSettingsValid) {
      // Before the store is opened and migrated (seconds): a port in use is reported with the other problems.
      const onlyListenProblems = reader.problemCount === 0;
      const problems = await probeListenAddresses([
        { host, port, hostSetting: `${prefix}_HOST`, portSetting: `${prefix}_PORT` },
      ]);
      for (const problem of problems)
        reader.reject(problem, onlyListenProblems ? "OFFA_LISTEN_FAILED" : undefined);
    }
    reader.done();
    const started = await startSubgraph(configured, {
      ...store,
      host,
      port,
      verification,
      shutdown,
      observability,
    });
    console.log(`${definition.name} subgraph ready at ${started.url} (${started.db.kind} store)`);
    stopOnSignals({
      stop: () => started.stop(),
      log: (line) => console.log(`${definition.name} subgraph: ${line}`),
    });
  } catch (error) {
    const code = error instanceof KitError ? `[${error.code}] ` : "";
    console.error(`${definition.name} subgraph failed to start: ${code}${(error as Error).message}`);
    process.exit(1);
  }
}
