/**
 * npm run faults:drill: the fault tests' scenarios (test/integration/faults) with a longer load, for the
 * numbers of issue 9's closing note. Starts its own production-shaped stack (four subgraph processes on a
 * fresh PostgreSQL database on TEST_POSTGRES_URL or 127.0.0.1:5432, the gateway alone, its own redis-server on
 * a free port, CEFA's store behind a breakable proxy), then under load: kills and restarts CEFA, cuts and
 * restores CEFA's database, holds it without answers, stops and restarts Redis, and sends SIGTERM to the
 * gateway. Prints per scenario the requests sent, outcomes and error codes by kind, latencies and recovery
 * times. Loopback only; every phase bounded. Asserts nothing (the tests do): exit 0 once every scenario ran.
 */
import "reflect-metadata";
import {
  cutSubgraphStore,
  holdSubgraphStore,
  killAndRestartSubgraph,
  prepareScenarios,
  type ScenarioTiming,
  sigtermGateway,
  stopRedis,
} from "../../test/helpers/faults/faultScenarios";
import { startFaultStack } from "../../test/helpers/faults/startFaultStack";
import { startRedisServer } from "../../test/helpers/faults/startRedisServer";
import { runScript } from "../runScript";

/**
 * The drill's load, a modelling choice: twice the test's clients and five times its fault, long enough for
 * the circuit breaker to go through several open and half-open cycles (2 s cooldown) and for a held database
 * to meet the gateway's 10 s subgraph timeout; about three minutes in all on a two-core machine.
 */
const DRILL_TIMING: ScenarioTiming = {
  clients: 8,
  pageSize: 20,
  steadyMs: 5_000,
  faultMs: 15_000,
  afterMs: 5_000,
  recoveryTimeoutMs: 30_000,
  maxRequests: 20_000,
};

async function main(): Promise<void> {
  const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
  const redis = await startRedisServer();
  log(`own redis-server at ${redis.url}`);
  const stack = await startFaultStack({ redisUrl: redis.url, proxiedStores: ["cefa"] }).catch(
    async (error: Error) => {
      await redis.stop();
      throw error;
    },
  );
  const reports: string[] = [];
  try {
    log(`stack up in ${stack.startSeconds.toFixed(1)} s, gateway at ${stack.gatewayUrl}`);
    const context = await prepareScenarios(stack, DRILL_TIMING, log);
    for (const scenario of [
      () => killAndRestartSubgraph(context, "cefa"),
      () => cutSubgraphStore(context, "cefa"),
      () => holdSubgraphStore(context, "cefa"),
      () => stopRedis(context, redis),
    ]) {
      const result = await scenario();
      log(result.report);
      reports.push(result.report);
    }
    const drain = await sigtermGateway(context);
    log(drain.report);
    reports.push(drain.report);
  } finally {
    await stack.stop();
    await redis.stop();
  }
  console.log(
    `\nFault drill, ${DRILL_TIMING.clients} clients, pages of ${DRILL_TIMING.pageSize} cross-provider learners:\n`,
  );
  console.log(reports.join("\n\n"));
}

runScript("faults:drill", main);
