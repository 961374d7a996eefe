import { SERVER_KEEP_ALIVE_MS } from "../../schema/contract/http/keepAlive";

/**
 * How the gateway calls each subgraph: the overall timeout of one call (retries included), the retries of
 * queries, the circuit breaker and the keep-alive sockets. Tests build it directly (or use the defaults).
 */
export interface SubgraphCallConfig {
  /** GATEWAY_SUBGRAPH_TIMEOUT_MS: the whole of one subgraph call, every attempt and backoff included. */
  timeoutMs: number;
  /** `<NAME>_TIMEOUT_MS` (e.g. OFFA_TIMEOUT_MS): a subgraph's own overall timeout, instead of `timeoutMs`. */
  timeoutMsBySubgraph: Readonly<Record<string, number>>;
  /** GATEWAY_SUBGRAPH_RETRIES: retries of a query after a connection error or a 502/503/504 (0 to 2). */
  retries: number;
  /** GATEWAY_SUBGRAPH_RETRY_BASE_MS: the backoff before retry n is a random delay in [0, base × 2^(n-1)). */
  retryBaseMs: number;
  /** GATEWAY_SUBGRAPH_BREAKER_WINDOW_MS: the rolling window the breaker counts attempts over. */
  breakerWindowMs: number;
  /** GATEWAY_SUBGRAPH_BREAKER_MIN_CALLS: attempts in the window before the breaker may open. */
  breakerMinCalls: number;
  /** GATEWAY_SUBGRAPH_BREAKER_FAILURE_PERCENT: the share of failed attempts in the window that opens it. */
  breakerFailurePercent: number;
  /** GATEWAY_SUBGRAPH_BREAKER_COOLDOWN_MS: how long an open circuit fails fast before one probe goes through. */
  breakerCooldownMs: number;
  /** GATEWAY_SUBGRAPH_MAX_SOCKETS: sockets open to one subgraph at most; further requests queue. */
  maxSockets: number;
  /** GATEWAY_SUBGRAPH_IDLE_SOCKET_MS: an idle keep-alive socket is closed by the gateway after this. */
  idleSocketMs: number;
}

/** The idle-socket timeout must end this long before the subgraphs' own keep-alive (SERVER_KEEP_ALIVE_MS). */
const IDLE_SOCKET_MARGIN_MS = 5_000;

/** Every default of SubgraphCallConfig, with why; each one is a modelling choice. */
export const SUBGRAPH_CALL_DEFAULTS = {
  /**
   * 30 s, a modelling choice: the heaviest request the query limits allow (a page of 500 learners across
   * providers with month-by-month compliance, cost 1 410 500) keeps OFFA busy 16.4 s on the project machine
   * (scale 0.1 on PostgreSQL, other tests running, 2026-12-02; 4.8 s for 100 learners; each provider's part
   * 2.2 s), so 30 s leaves room for a loaded machine. A subgraph that is down is found at once by its refused
   * connections; this only bounds one that hangs. Lower a provider's own `<NAME>_TIMEOUT_MS` to fail faster.
   */
  timeoutMs: 30_000,
  /** 2, the most the gateway allows: a dropped connection or a restarting subgraph usually answers the next try. */
  retries: 2,
  /** 100 ms, a modelling choice: two retries wait at most 100 + 200 ms, little against the timeout. */
  retryBaseMs: 100,
  /** 10 s, a modelling choice: long enough to see a pattern, short enough to react to a crash within seconds. */
  breakerWindowMs: 10_000,
  /** 10 attempts, a modelling choice: two or three failed requests alone never open the circuit. */
  breakerMinCalls: 10,
  /** 50 %, a modelling choice: a subgraph failing half its attempts is treated as down. */
  breakerFailurePercent: 50,
  /**
   * 2 s, a modelling choice: a restarted subgraph is probed again within 2 s, so full answers come back within
   * the 5 s issue 9 asks for, while a dead one sees one probe every 2 s instead of every request.
   */
  breakerCooldownMs: 2_000,
  /** 64 per subgraph, a modelling choice: above the parallel fetches of a busy gateway, below a pool's limits. */
  maxSockets: 64,
  /**
   * 30 s, a modelling choice: long enough to reuse sockets between requests, and well below the subgraphs'
   * keep-alive (SERVER_KEEP_ALIVE_MS, 65 s), so the gateway always closes an idle socket before the subgraph
   * does and never writes to a socket the subgraph has closed.
   */
  idleSocketMs: 30_000,
} as const;

/** The defaults, with no per-subgraph timeout: what tests and startLocalStack use. */
export function defaultSubgraphCallConfig(): SubgraphCallConfig {
  return { ...SUBGRAPH_CALL_DEFAULTS, timeoutMsBySubgraph: {} };
}

/** The overall timeout of a call to `subgraph`: its own setting, or the default. */
export function timeoutMsFor(config: SubgraphCallConfig, subgraph: string): number {
  return config.timeoutMsBySubgraph[subgraph] ?? config.timeoutMs;
}

/**
 * Reads the subgraph-call settings; every unusable value is appended to `problems` (the caller reports them
 * all at once). `subgraphNames` are the supergraph's subgraphs, whose `<NAME>_TIMEOUT_MS` are read.
 */
export function readSubgraphCallConfig(
  env: NodeJS.ProcessEnv,
  subgraphNames: readonly string[],
  problems: string[],
): SubgraphCallConfig {
  const integer = (name: string, fallback: number, min: number, max: number, why = ""): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}=${raw} must be a whole number from ${min} to ${max}${why}`);
      return fallback;
    }
    return value;
  };
  const maxIdleSocketMs = SERVER_KEEP_ALIVE_MS - IDLE_SOCKET_MARGIN_MS;
  const hour = 3_600_000;
  const timeoutMsBySubgraph: Record<string, number> = {};
  for (const name of subgraphNames) {
    const variable = `${name.toUpperCase()}_TIMEOUT_MS`;
    if (env[variable] === undefined || env[variable] === "") continue;
    timeoutMsBySubgraph[name] = integer(variable, SUBGRAPH_CALL_DEFAULTS.timeoutMs, 1, hour);
  }
  return {
    timeoutMs: integer("GATEWAY_SUBGRAPH_TIMEOUT_MS", SUBGRAPH_CALL_DEFAULTS.timeoutMs, 1, hour),
    timeoutMsBySubgraph,
    retries: integer("GATEWAY_SUBGRAPH_RETRIES", SUBGRAPH_CALL_DEFAULTS.retries, 0, 2),
    retryBaseMs: integer("GATEWAY_SUBGRAPH_RETRY_BASE_MS", SUBGRAPH_CALL_DEFAULTS.retryBaseMs, 1, 60_000),
    breakerWindowMs: integer(
      "GATEWAY_SUBGRAPH_BREAKER_WINDOW_MS",
      SUBGRAPH_CALL_DEFAULTS.breakerWindowMs,
      100,
      hour,
    ),
    breakerMinCalls: integer(
      "GATEWAY_SUBGRAPH_BREAKER_MIN_CALLS",
      SUBGRAPH_CALL_DEFAULTS.breakerMinCalls,
      1,
      1_000_000,
    ),
    breakerFailurePercent: integer(
      "GATEWAY_SUBGRAPH_BREAKER_FAILURE_PERCENT",
      SUBGRAPH_CALL_DEFAULTS.breakerFailurePercent,
      1,
      100,
    ),
    breakerCooldownMs: integer(
      "GATEWAY_SUBGRAPH_BREAKER_COOLDOWN_MS",
      SUBGRAPH_CALL_DEFAULTS.breakerCooldownMs,
      1,
      hour,
    ),
    maxSockets: integer("GATEWAY_SUBGRAPH_MAX_SOCKETS", SUBGRAPH_CALL_DEFAULTS.maxSockets, 1, 100_000),
    idleSocketMs: integer(
      "GATEWAY_SUBGRAPH_IDLE_SOCKET_MS",
      SUBGRAPH_CALL_DEFAULTS.idleSocketMs,
      1,
      maxIdleSocketMs,
      ` (at least ${IDLE_SOCKET_MARGIN_MS} ms below the subgraphs' keep-alive of ${SERVER_KEEP_ALIVE_MS} ms)`,
    ),
  };
}
