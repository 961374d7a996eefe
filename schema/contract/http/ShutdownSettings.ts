/**
 * How a server stops on SIGTERM or SIGINT (schema/contract/http/README.md): readiness turns 503 and the server
 * keeps serving for `graceMs`, so that load balancers take it out of rotation; then it stops accepting
 * connections and gives the requests in flight up to `drainTimeoutMs` to finish before cutting what is left.
 */
export interface ShutdownSettings {
  /** SHUTDOWN_GRACE_MS: serving on, readiness 503, before the server stops accepting connections. */
  graceMs: number;
  /** SHUTDOWN_DRAIN_TIMEOUT_MS: how long requests in flight may take to finish once accepting stopped. */
  drainTimeoutMs: number;
}

/**
 * The grace in production: a modelling choice. Kubernetes removes a terminating pod from its Service's endpoints
 * at the moment it sends SIGTERM, but kube-proxy, ingress controllers and cloud load balancers learn it a few
 * seconds later; 5 s covers that propagation (the usual `preStop: sleep 5`) and, with the drain timeout, stays well
 * inside Kubernetes' default 30 s termination grace period.
 */
export const PRODUCTION_SHUTDOWN_GRACE_MS = 5_000;

/**
 * Outside production nothing routes to the server but the developer or the test: no grace, so Ctrl-C and test
 * teardown are immediate.
 */
export const DEVELOPMENT_SHUTDOWN_GRACE_MS = 0;

/**
 * How long requests in flight may take once the server stops accepting: a modelling choice above the slowest
 * legitimate request measured (README, Measured: 100 learners' common contracts with compliance, p95 182 ms on
 * the embedded store), with room for a slow store; what is left after it is cut.
 */
export const DEFAULT_SHUTDOWN_DRAIN_TIMEOUT_MS = 10_000;

/** What a server does when it is stopped by code (tests, the dev runner): no grace, the default drain. */
export const IMMEDIATE_SHUTDOWN: ShutdownSettings = {
  graceMs: 0,
  drainTimeoutMs: DEFAULT_SHUTDOWN_DRAIN_TIMEOUT_MS,
};

/** Upper bound of both settings: beyond two minutes an orchestrator kills the process anyway. */
const MAX_SHUTDOWN_MS = 120_000;

/**
 * Reads SHUTDOWN_GRACE_MS and SHUTDOWN_DRAIN_TIMEOUT_MS (the gateway and every subgraph process read the same
 * names); every unusable value is appended to `problems`, and its default is used meanwhile.
 */
export function readShutdownSettings(env: NodeJS.ProcessEnv, problems: string[]): ShutdownSettings {
  const production = env.NODE_ENV === "production";
  const read = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > MAX_SHUTDOWN_MS) {
      problems.push(`${name}=${raw} must be an integer from 0 to ${MAX_SHUTDOWN_MS} (milliseconds)`);
      return fallback;
    }
    return value;
  };
  return {
    graceMs: read(
      "SHUTDOWN_GRACE_MS",
      production ? PRODUCTION_SHUTDOWN_GRACE_MS : DEVELOPMENT_SHUTDOWN_GRACE_MS,
    ),
    drainTimeoutMs: read("SHUTDOWN_DRAIN_TIMEOUT_MS", DEFAULT_SHUTDOWN_DRAIN_TIMEOUT_MS),
  };
}
