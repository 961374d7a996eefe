/**
 * npm start: the whole stack in one process on the embedded default (or real PostgreSQL with DATABASE_URL):
 * four subgraphs and the gateway, seeded with the synthetic dataset on first start.
 */
import "reflect-metadata";
import { resolve } from "node:path";
import { GatewayError } from "../gateway";
import { readAuthConfig } from "../gateway/auth";
import { readSupergraphPollMs } from "../gateway/supergraph";
import { probeListenAddresses, readShutdownSettings, stopOnSignals } from "../schema/contract/http";
import { subgraphs } from "../subgraphs";
import {
  developmentPseudonymKeys,
  KitError,
  PSEUDONYM_DOMAINS,
  readPseudonymKeys,
  readRequestVerificationSettings,
  readSubgraphObservabilitySettings,
  readStoreSettings,
  SettingsReader,
  type SubgraphName,
} from "../subgraphs/kit";
import { createProgressBar, DEFAULT_DATASET } from "./dataset";
import { startLocalStack } from "./stack/startLocalStack";

async function main(): Promise<void> {
  const startedAt = Date.now();
  const reader = new SettingsReader(process.env);
  const stores = Object.fromEntries(
    subgraphs.map((definition) => [definition.name, readStoreSettings(reader, definition.name)]),
  ) as Record<SubgraphName, ReturnType<typeof readStoreSettings>>;
  const ports = {
    gateway: reader.port("GATEWAY_PORT", 4000),
    ...Object.fromEntries(
      subgraphs.map((definition) => [
        definition.name,
        reader.port(`${definition.name.toUpperCase()}_PORT`, definition.defaultPort),
      ]),
    ),
  } as { gateway: number } & Record<SubgraphName, number>;
  const dataset = {
    seed: reader.integer("OFFA_SEED", DEFAULT_DATASET.seed, 0, 2 ** 31 - 1),
    scale: reader.number("OFFA_SCALE", DEFAULT_DATASET.scale, 0.001, 10),
    pseudonymKeys: readPseudonymKeys(reader, process.env),
  };
  for (const { name } of subgraphs) {
    if (process.env[`${name.toUpperCase()}_URL`])
      reader.reject(
        `${name.toUpperCase()}_URL is for the gateway alone; npm start runs every subgraph itself`,
      );
  }
  const authProblems: string[] = [];
  const auth = readAuthConfig(process.env, authProblems);
  for (const problem of authProblems) reader.reject(problem);
  const verification = readRequestVerificationSettings(reader, process.env);
  const shutdownProblems: string[] = [];
  const shutdown = readShutdownSettings(process.env, shutdownProblems);
  const supergraphPollMs = readSupergraphPollMs(process.env, shutdownProblems);
  for (const problem of shutdownProblems) reader.reject(problem);
  // Checked here with the rest (one message); each server reads them again from the environment as it starts.
  readSubgraphObservabilitySettings(reader, process.env);
  // Every port at once, before the stores are opened and seeded (seconds to minutes): one message for all.
  const onlyListenProblems = reader.problemCount === 0;
  const listenProblems = await probeListenAddresses(
    Object.entries(ports).map(([name, port]) => ({
      host: "127.0.0.1",
      port,
      hostSetting: "(npm start listens on 127.0.0.1)",
      portSetting: `${name.toUpperCase()}_PORT`,
    })),
  );
  for (const problem of listenProblems)
    reader.reject(problem, onlyListenProblems ? "OFFA_LISTEN_FAILED" : undefined);
  reader.done();
  const development = developmentPseudonymKeys();
  const onDevelopmentKeys = PSEUDONYM_DOMAINS.filter(
    (domain) => dataset.pseudonymKeys[domain].current.id === development[domain].current.id,
  );
  if (onDevelopmentKeys.length > 0) {
    console.log(
      `note: development pseudonym keys for ${onDevelopmentKeys.join(", ")} (OFFA_PSEUDONYM_<DOMAIN>_KEY unset; synthetic data only)`,
    );
  }
  const kinds = new Set(Object.values(stores).map((store) => store.database.kind));
  console.log(
    `starting OFFA stack (${[...kinds].join(", ")} PostgreSQL, dataset seed ${dataset.seed} scale ${dataset.scale})`,
  );
  const progress = createProgressBar("seeding");
  const stack = await startLocalStack({
    stores,
    dataset,
    ports,
    verification,
    auth,
    onSeedProgress: (done, total) => progress.update(done, total),
    supergraphPath: resolve(process.env.SUPERGRAPH_PATH || "schema/supergraph.graphql"),
    shutdown,
    supergraphPollMs,
    deriveMobility: true,
    log: (line) => {
      progress.finish();
      console.log(line);
    },
  });
  for (const definition of subgraphs)
    console.log(`  ${definition.name.padEnd(7)} ${stack.subgraphs[definition.name].url}`);
  console.log(
    `OFFA gateway ready at ${stack.gatewayUrl} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
  );
  // SIGTERM/SIGINT: the gateway drains (readiness 503, SHUTDOWN_GRACE_MS, in-flight requests finish), then the
  // subgraphs and stores close, exit 0; a second signal exits 1 at once.
  stopOnSignals({ stop: () => stack.stop(), log: (line) => console.log(`OFFA stack: ${line}`) });
}

main().catch((error: Error) => {
  const prefix = error instanceof KitError || error instanceof GatewayError ? `[${error.code}] ` : "";
  console.error(`OFFA stack failed to start: ${prefix}${error.message}`);
  process.exit(1);
});
