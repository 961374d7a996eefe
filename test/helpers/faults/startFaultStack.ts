import "reflect-metadata";
import { generateDataset, seedStores, type StoreName } from "../../../scripts/dataset";
import { loadMappingRules } from "../../../scripts/mappings/loadMappingRules";
import { subgraphs } from "../../../subgraphs";
import { type Database, developmentPseudonymKeys, openSubgraphStore } from "../../../subgraphs/kit";
import { ADMIN_URL, createTestDatabase, type TestDatabase } from "../createTestDatabase";
import { createTcpProxy, type TcpProxy } from "./createTcpProxy";
import { findFreePort } from "./findFreePort";
import { type RestartableProcess, startRestartableProcess } from "./restartableProcess";

/** The four subgraphs, by the names the gateway knows them under. */
export type FaultStackSubgraph = StoreName;

/** How to start the production-shaped stack of the fault tests. */
export interface FaultStackOptions {
  /** The synthetic dataset: scale 0.015 gives about 110 learners with records at two or more providers. */
  dataset?: { seed: number; scale: number };
  /** REDIS_URL for the gateway (rate limit) and every subgraph (nonce store); unset: none uses Redis. */
  redisUrl?: string;
  /** Subgraphs whose store is reached through a breakable TCP proxy (default: CEFA alone). */
  proxiedStores?: readonly FaultStackSubgraph[];
  /** More environment for every subgraph process (timeouts and the like). */
  subgraphEnv?: Record<string, string>;
  /** More environment for the gateway process. */
  gatewayEnv?: Record<string, string>;
  /** Database name prefix (a random suffix is added). */
  databasePrefix?: string;
}

/** The running stack: five OS processes, one PostgreSQL database, the breakable proxies. */
export interface FaultStack {
  gatewayUrl: string;
  gateway: RestartableProcess;
  subgraphs: Record<FaultStackSubgraph, RestartableProcess>;
  /** The proxy between a subgraph and PostgreSQL, for each subgraph of `proxiedStores`. */
  storeProxies: Partial<Record<FaultStackSubgraph, TcpProxy>>;
  database: TestDatabase;
  /** Seconds spent seeding and starting, for the summary. */
  startSeconds: number;
  /** Every process's output, for a failure message. */
  output(): string;
  stop(): Promise<void>;
}

/** The default dataset of the fault tests: small enough to seed in seconds, with ~110 cross-provider learners. */
export const FAULT_DATASET = { seed: 7, scale: 0.015 } as const;

/**
 * Starts the stack in its production shape: one fresh PostgreSQL database (each store in its own schema),
 * migrated and seeded from this process, then each subgraph as its own OS process on a port fixed in advance
 * (so a killed one restarts where the gateway sends its requests), the gateway as its own process, and OFFA's
 * mapping rules loaded through it. Everything listens on 127.0.0.1.
 */
export async function startFaultStack(options: FaultStackOptions = {}): Promise<FaultStack> {
  const started = Date.now();
  const dataset = options.dataset ?? FAULT_DATASET;
  const database = await createTestDatabase(options.databasePrefix ?? "faults");
  const storeProxies: FaultStack["storeProxies"] = {};
  const running: RestartableProcess[] = [];
  const stores = {} as Record<FaultStackSubgraph, Database>;
  const stop = async () => {
    // The gateway first, so that no subgraph sees a request while it goes.
    const gateway = running.find((member) => member.name === "gateway");
    await gateway?.stop();
    await Promise.all(running.filter((member) => member !== gateway).map((member) => member.stop()));
    await Promise.all(Object.values(storeProxies).map((proxy) => proxy.close()));
    await Promise.all(Object.values(stores).map((store) => store.close().catch(() => undefined)));
    await database.drop();
  };
  try {
    const pseudonymKeys = developmentPseudonymKeys();
    for (const definition of subgraphs) {
      stores[definition.name] = await openSubgraphStore(definition, {
        database: { kind: "postgres", url: database.url },
        settingName: "TEST_POSTGRES_URL",
      });
    }
    await seedStores(stores, { ...dataset, pseudonymKeys });
    const server = new URL(ADMIN_URL);
    for (const name of options.proxiedStores ?? ["cefa"]) {
      storeProxies[name] = await createTcpProxy({
        host: server.hostname,
        port: Number(server.port || 5432),
      });
    }
    // Jest sets NODE_ENV=test, which changes libraries' behaviour (Apollo Server installs no signal handlers
    // under test); the processes run as a deployment does, in development mode for the tokens and keys.
    const shared = { REDIS_URL: options.redisUrl ?? "", NODE_ENV: "development" };
    // Settled, not Promise.all: when one fails to start, the others are in `running` before `stop()` runs.
    const starting = await Promise.allSettled(
      subgraphs.map(async (definition) => {
        const upper = definition.name.toUpperCase();
        const proxy = storeProxies[definition.name];
        const url = new URL(database.url);
        if (proxy) {
          url.hostname = "127.0.0.1";
          url.port = String(proxy.port);
        }
        const member = await startRestartableProcess(
          definition.name,
          `subgraphs/${definition.name}/main.ts`,
          {
            ...shared,
            ...options.subgraphEnv,
            [`${upper}_DATABASE_URL`]: url.toString(),
            [`${upper}_PORT`]: String(await findFreePort()),
            [`${upper}_HOST`]: "127.0.0.1",
          },
          /subgraph ready at (http:\/\/127\.0\.0\.1:\d+\/\S*)/,
        );
        running.push(member);
        return member;
      }),
    );
    const failed = starting.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    const subgraphProcesses = starting.map(
      (result) => (result as PromiseFulfilledResult<RestartableProcess>).value,
    );
    const byName = Object.fromEntries(subgraphProcesses.map((member) => [member.name, member])) as Record<
      FaultStackSubgraph,
      RestartableProcess
    >;
    const gateway = await startRestartableProcess(
      "gateway",
      "gateway/main.ts",
      {
        ...shared,
        // With Redis, a rate limit that no test reaches makes the gateway count every request in Redis.
        ...(options.redisUrl ? { GATEWAY_RATE_LIMIT: "1000000" } : {}),
        ...options.gatewayEnv,
        ...Object.fromEntries(
          subgraphProcesses.map((member) => [`${member.name.toUpperCase()}_URL`, member.url]),
        ),
        GATEWAY_PORT: String(await findFreePort()),
        GATEWAY_HOST: "127.0.0.1",
      },
      /gateway ready at (http:\/\/127\.0\.0\.1:\d+\/\S*)/,
    );
    running.push(gateway);
    await loadMappingRules(stores.offa, gateway.url);
    // The test process holds no store connection while the faults run: only the subgraphs touch PostgreSQL.
    await Promise.all(Object.values(stores).map((store) => store.close()));
    for (const name of Object.keys(stores)) delete stores[name as FaultStackSubgraph];
    return {
      gatewayUrl: gateway.url,
      gateway,
      subgraphs: byName,
      storeProxies,
      database,
      startSeconds: (Date.now() - started) / 1000,
      output: () => running.map((member) => `=== ${member.name}\n${member.output()}`).join("\n"),
      stop,
    };
  } catch (error) {
    const output = running.map((member) => `=== ${member.name}\n${member.output()}`).join("\n");
    await stop().catch(() => undefined);
    throw new Error(`${(error as Error).message}\n${output}`, { cause: error });
  }
}

/** The dataset's ground truth, for tests that know which learner is linked where. */
export function faultDatasetTruth(dataset = FAULT_DATASET) {
  return generateDataset({ ...dataset, pseudonymKeys: developmentPseudonymKeys() }).groundTruth;
}
