import { collectDefaultMetrics, Registry } from "prom-client";

/** The prefix of every metric the project exports, Node's process metrics included. */
export const METRIC_PREFIX = "offa_";

/**
 * Latency buckets in seconds, shared by every histogram of the project. A modelling choice: from 5 ms (a
 * cached or refused request) to 30 s (past the heaviest legitimate query, a page of 500 learners with their
 * monthly compliance), dense around the 40-200 ms the README's measurements show for ordinary queries.
 */
export const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * A Prometheus registry of one server with Node's process metrics (`offa_process_cpu_seconds_total`,
 * `offa_nodejs_eventloop_lag_seconds`…). One registry per server, not prom-client's global one, so that `npm
 * start`'s five servers in one process each expose only their own metrics (the process metrics then repeat).
 */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  return registry;
}
