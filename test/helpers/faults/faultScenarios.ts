import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { signDevelopmentToken } from "../../../gateway/auth";
import { postGraphQL } from "../graphql";
import { CROSS_PROVIDER_PAGE } from "./crossProviderPage";
import type { FaultStack, FaultStackSubgraph } from "./startFaultStack";
import type { OwnRedis } from "./startRedisServer";
import { type LoadSample, type RunningLoad, startLoad } from "./startLoad";
import { formatLoadSummary, type LoadSummary, outcomeKind, summariseLoad } from "./summariseLoad";

/** How long each phase of a scenario lasts and how hard the load is. */
export interface ScenarioTiming {
  /** Concurrent load clients. */
  clients: number;
  /** Learners per page. */
  pageSize: number;
  /** Full answers before the fault, in ms. */
  steadyMs: number;
  /** How long the fault lasts, in ms. */
  faultMs: number;
  /** After recovery, how long the load goes on (to see it stays whole), in ms. */
  afterMs: number;
  /** How long recovery may take before the scenario gives up waiting, in ms. */
  recoveryTimeoutMs: number;
  /** Cap on requests of one scenario (a bound whatever the timings). */
  maxRequests: number;
}

/** The fault-test timings: short phases, a few clients, under a minute for all scenarios together. */
export const TEST_TIMING: ScenarioTiming = {
  clients: 4,
  pageSize: 20,
  steadyMs: 1_000,
  faultMs: 3_000,
  afterMs: 1_000,
  recoveryTimeoutMs: 15_000,
  maxRequests: 3_000,
};

/** One scenario's samples by phase and what was measured, for the test's assertions and the summary. */
export interface ScenarioResult {
  name: string;
  samples: LoadSample[];
  /** Sent before the fault began. */
  before: LoadSample[];
  /** Sent once the fault was in place and answered before it was lifted. */
  during: LoadSample[];
  /** Sent while the fault was in place, answered whenever (they met the fault on their way). */
  sentDuring: LoadSample[];
  /** Sent after the first full answer that followed the recovery. */
  after: LoadSample[];
  summary: LoadSummary;
  /** Measured durations in ms (recovery and the like), by name. */
  measuredMs: Record<string, number>;
  /** The summary lines, for the log and the closing note. */
  report: string;
}

/** Context shared by the scenarios of one stack. */
export interface ScenarioContext {
  stack: FaultStack;
  timing: ScenarioTiming;
  /** Page cursors (`after`) that the load rotates through, so clients do not all ask for the same page. */
  cursors: (string | null)[];
  token: string;
  log: (line: string) => void;
}

/** Measured: from the start of the lifting (restart command, proxy restore) to the first whole answer. */
export const RECOVERY_FROM_LIFT = "recovery from the restart or restore command";
/** Measured: from the provider being back (its process's ready line, the proxy forwarding) to the first whole answer. */
export const RECOVERY_FROM_BACK = "recovery from the provider being back";

const isFull = (sample: LoadSample) =>
  sample.outcome.kind === "response" && sample.outcome.verdict.kind === "full";

/**
 * What every scenario shares: a DEVELOPER token (signed once) and cursors over the cross-provider learners,
 * read from the whole stack before any fault.
 */
export async function prepareScenarios(
  stack: FaultStack,
  timing: ScenarioTiming,
  log: (line: string) => void = () => undefined,
): Promise<ScenarioContext> {
  const token = await signDevelopmentToken({ role: "DEVELOPER", ttlSeconds: 7200 });
  const ids = await postGraphQL<{ learners: { id: string }[] }>(
    stack.gatewayUrl,
    `{ learners(first: 500, acrossProviders: true) { id } }`,
    {},
    {},
    token,
  );
  const learners = ids.data?.learners ?? [];
  if (learners.length < timing.pageSize)
    throw new Error(`only ${learners.length} cross-provider learners: ${JSON.stringify(ids.errors)}`);
  const cursors: (string | null)[] = [null];
  for (let end = timing.pageSize; end + timing.pageSize <= learners.length; end += timing.pageSize)
    cursors.push(learners[end - 1].id);
  log(`${learners.length} cross-provider learners, ${cursors.length} pages of ${timing.pageSize}`);
  return { stack, timing, cursors, token, log };
}

function loadOn(context: ScenarioContext, url: string): RunningLoad {
  const { timing, cursors } = context;
  return startLoad({
    url,
    token: context.token,
    clients: timing.clients,
    maxRequests: timing.maxRequests,
    maxDurationMs: timing.steadyMs + timing.faultMs + timing.recoveryTimeoutMs + timing.afterMs + 30_000,
    requestTimeoutMs: 30_000,
    nextRequest: (sequence) => ({
      query: CROSS_PROVIDER_PAGE,
      variables: { first: timing.pageSize, after: cursors[sequence % cursors.length] },
    }),
  });
}

/**
 * The frame of a fault scenario: load, full answers first, the fault, then its end, then the first full
 * answer sent after it (the recovery), then some more load. `inject` and `lift` return when done.
 */
async function runScenario(
  context: ScenarioContext,
  name: string,
  inject: () => Promise<void>,
  lift: () => Promise<void>,
  measuredMs: Record<string, number> = {},
): Promise<ScenarioResult> {
  const { timing, log } = context;
  const load = loadOn(context, context.stack.gatewayUrl);
  let faultAt = Number.POSITIVE_INFINITY;
  let liftedAt = Number.POSITIVE_INFINITY;
  let recoveredAt = Number.POSITIVE_INFINITY;
  try {
    await load.waitFor(isFull, load.startedAt, timing.recoveryTimeoutMs);
    await sleep(timing.steadyMs);
    log(`${name}: fault`);
    const injecting = performance.now();
    await inject();
    faultAt = performance.now();
    measuredMs["fault injected in"] = faultAt - injecting;
    await sleep(timing.faultMs);
    const lifting = performance.now();
    await lift();
    liftedAt = performance.now();
    measuredMs["fault lifted in"] = liftedAt - lifting;
    log(`${name}: lifted`);
    try {
      const first = await load.waitFor(isFull, lifting, timing.recoveryTimeoutMs);
      recoveredAt = first.receivedAt;
      // Two clocks: from the start of the lifting (the restart command, the proxy's restore), and from the moment
      // the provider is back (its ready line, the proxy forwarding): the gateway's own share of the recovery.
      measuredMs[RECOVERY_FROM_LIFT] = first.receivedAt - lifting;
      measuredMs[RECOVERY_FROM_BACK] = first.receivedAt - liftedAt;
    } catch (error) {
      // No whole answer in time: recorded as never, so that a bound on it fails with a number.
      measuredMs[RECOVERY_FROM_LIFT] = Number.POSITIVE_INFINITY;
      measuredMs[RECOVERY_FROM_BACK] = Number.POSITIVE_INFINITY;
      log(`${name}: ${(error as Error).message}`);
    }
    await sleep(timing.afterMs);
  } finally {
    await load.stop();
  }
  const samples = load.samples;
  const summary = summariseLoad(samples);
  const during = samples.filter((sample) => sample.sentAt >= faultAt && sample.receivedAt <= liftedAt);
  const duringLatency = during.map((sample) => sample.latencyMs).sort((a, b) => a - b);
  if (duringLatency.length > 0) measuredMs["slowest answer during the fault"] = duringLatency.at(-1)!;
  const rounded = Object.fromEntries(
    Object.entries(measuredMs).map(([key, value]) => [`${key} (ms)`, Math.round(value)]),
  );
  const before = samples.filter((sample) => sample.receivedAt < faultAt);
  const after = samples.filter((sample) => sample.sentAt > recoveredAt);
  return {
    name,
    samples,
    before,
    during,
    sentDuring: samples.filter((sample) => sample.sentAt >= faultAt && sample.sentAt < liftedAt),
    after,
    summary,
    measuredMs,
    report: formatLoadSummary(name, summary, {
      ...rounded,
      "answers during the fault": during.length,
      "latency p50 before / during / after the fault (ms)": [before, during, after]
        .map((phase) => medianLatency(phase))
        .join(" / "),
    }),
  };
}

/** The median latency of `samples` in whole ms, or "-" when there is none. */
function medianLatency(samples: readonly LoadSample[]): string {
  if (samples.length === 0) return "-";
  const sorted = samples.map((sample) => sample.latencyMs).sort((a, b) => a - b);
  return String(Math.round(sorted[Math.floor(sorted.length / 2)]));
}

/** Kills a subgraph process (SIGKILL) under load, then starts it again on the same port. */
export function killAndRestartSubgraph(
  context: ScenarioContext,
  subgraph: FaultStackSubgraph,
): Promise<ScenarioResult> {
  const target = context.stack.subgraphs[subgraph];
  const measured: Record<string, number> = {};
  return runScenario(
    context,
    `kill ${subgraph} (SIGKILL) and restart it`,
    async () => {
      await target.kill("SIGKILL");
    },
    async () => {
      const started = performance.now();
      await target.restart();
      measured["process start to its ready line"] = performance.now() - started;
    },
    measured,
  );
}

/** Cuts a subgraph's database connection (its proxy refuses and drops everything) under load, then restores it. */
export function cutSubgraphStore(
  context: ScenarioContext,
  subgraph: FaultStackSubgraph,
): Promise<ScenarioResult> {
  const proxy = context.stack.storeProxies[subgraph];
  if (!proxy) throw new Error(`${subgraph}'s store is not behind a proxy (FaultStackOptions.proxiedStores)`);
  return runScenario(
    context,
    `cut ${subgraph}'s database connection and restore it`,
    () => proxy.cut(),
    () => proxy.restore(),
  );
}

/** Lets a subgraph's database stop answering (its proxy holds every byte) under load, then restores it. */
export function holdSubgraphStore(
  context: ScenarioContext,
  subgraph: FaultStackSubgraph,
): Promise<ScenarioResult> {
  const proxy = context.stack.storeProxies[subgraph];
  if (!proxy) throw new Error(`${subgraph}'s store is not behind a proxy (FaultStackOptions.proxiedStores)`);
  return runScenario(
    context,
    `hold ${subgraph}'s database connection (no answer) and restore it`,
    async () => proxy.hold(),
    () => proxy.restore(),
  );
}

/** Stops the stack's own redis-server under load, then starts it again on the same port. */
export function stopRedis(context: ScenarioContext, redis: OwnRedis): Promise<ScenarioResult> {
  return runScenario(
    context,
    "stop Redis and start it again",
    () => redis.stop(),
    () => redis.start(),
  );
}

/** What happened when the gateway got SIGTERM under load. */
export interface DrainResult {
  samples: LoadSample[];
  summary: LoadSummary;
  exitCode: number | null;
  /** From SIGTERM to the process's exit, in ms. */
  drainMs: number;
  /** Readiness answers seen between SIGTERM and the exit (status codes in order, deduplicated). */
  readiness: (number | string)[];
  /** Each change of readiness, with its time after SIGTERM in ms. */
  readinessTimeline: string;
  /**
   * Requests that got neither a whole answer nor a refused connection, with when they were sent and when they
   * failed, in ms after SIGTERM.
   */
  lost: string[];
  /** The gateway's last lines of output other than its request log (what it said while draining). */
  gatewayLogTail: string;
  /** Requests sent before SIGTERM and answered after it. */
  inFlightAtSigterm: number;
  /** When each request reset after it was written had been sent, in ms after SIGTERM. */
  resetsSentAtMs: number[];
  report: string;
}

/**
 * Sends SIGTERM to the gateway under load, polls its readiness meanwhile, keeps the load going until after
 * the exit (later requests can only be refused), and records every request's fate.
 */
export async function sigtermGateway(context: ScenarioContext): Promise<DrainResult> {
  const { stack, timing, log } = context;
  const load = loadOn(context, stack.gatewayUrl);
  let termAt = Number.POSITIVE_INFINITY;
  let exitCode: number | null;
  let drainMs: number;
  const readiness: (number | string)[] = [];
  const timeline: string[] = [];
  try {
    await load.waitFor(isFull, load.startedAt, timing.recoveryTimeoutMs);
    await sleep(timing.steadyMs);
    log("SIGTERM to the gateway");
    let exited = false;
    const polling = (async () => {
      while (!exited) {
        const seen = await fetch(new URL("/readyz", stack.gatewayUrl))
          .then((response) => response.status)
          .catch((error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message);
        if (readiness.at(-1) !== seen) {
          readiness.push(seen);
          timeline.push(`${seen} at +${Math.round(performance.now() - termAt)} ms`);
        }
        await sleep(20);
      }
    })();
    termAt = performance.now();
    exitCode = await stack.gateway.kill("SIGTERM");
    drainMs = performance.now() - termAt;
    exited = true;
    await polling;
    await sleep(500);
  } finally {
    await load.stop();
  }
  const samples = load.samples;
  const summary = summariseLoad(samples);
  const inFlightAtSigterm = samples.filter(
    (sample) => sample.sentAt < termAt && sample.receivedAt > termAt,
  ).length;
  const lost = samples
    .filter((sample) => !isFull(sample) && outcomeKind(sample) !== "transport ECONNREFUSED")
    .map(
      (sample) =>
        `${outcomeKind(sample)}: sent at +${Math.round(sample.sentAt - termAt)} ms, failed at +${Math.round(sample.receivedAt - termAt)} ms`,
    );
  // Its own lines about the drain, not the per-request JSON log lines.
  const tail = stack.gateway
    .output()
    .trim()
    .split("\n")
    .filter((line) => !line.includes('"msg":"request"'))
    .slice(-4)
    .join("\n    ");
  return {
    samples,
    summary,
    exitCode,
    drainMs,
    readiness,
    readinessTimeline: timeline.join(", "),
    gatewayLogTail: tail,
    lost,
    inFlightAtSigterm,
    resetsSentAtMs: samples
      .filter((sample) => outcomeKind(sample) === "transport ECONNRESET after the request was written")
      .map((sample) => Math.round(sample.sentAt - termAt)),
    report: formatLoadSummary("SIGTERM to the gateway under load", summary, {
      "exit code": String(exitCode),
      "SIGTERM to exit (ms)": Math.round(drainMs),
      "requests in flight at SIGTERM": inFlightAtSigterm,
      "readiness after SIGTERM": timeline.join(", ") || "none",
      "requests lost (times after SIGTERM)": lost.join("; ") || "none",
      "the gateway's last lines": `\n    ${tail}`,
    }),
  };
}
