import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import { LATENCY_BUCKETS_SECONDS } from "../../../schema/contract/observability";
import type { Database } from "../db/Database";
import { danglingLinkCounts } from "../provider/danglingLinks";

/** A subgraph's own metrics (README.md beside this file lists names and labels). */
export interface SubgraphMetrics {
  requests: Counter<"subgraph" | "operation_name" | "operation_type" | "outcome">;
  errors: Counter<"subgraph" | "code">;
  requestDuration: Histogram<"subgraph" | "operation_type" | "outcome">;
}

/**
 * Registers a subgraph's metrics in `registry`, and its store's connection pool as a gauge read at each scrape
 * (`total`, `idle`, `waiting`: pg's Pool counts). A store without a pool (embedded PGlite: one session,
 * its own queue) reports no pool gauge at all rather than invented figures.
 */
export function createSubgraphMetrics(registry: Registry, subgraph: string, db: Database): SubgraphMetrics {
  const registers = [registry];
  new Gauge({
    name: "offa_subgraph_store_connections",
    help: "The store's PostgreSQL pool: connections open (total), idle, and requests waiting for one.",
    labelNames: ["subgraph", "state"],
    registers,
    collect() {
      const stats = db.poolStats?.();
      if (stats === undefined) return;
      this.set({ subgraph, state: "total" }, stats.total);
      this.set({ subgraph, state: "idle" }, stats.idle);
      this.set({ subgraph, state: "waiting" }, stats.waiting);
    },
  });
  new Gauge({
    name: "offa_registry_dangling_links",
    help: "Registry links to provider records the provider no longer has, skipped since the process started (kit/provider/danglingLinks).",
    labelNames: ["provider"],
    registers,
    collect() {
      for (const [provider, count] of danglingLinkCounts()) this.set({ provider }, count);
    },
  });
  return {
    requests: new Counter({
      name: "offa_subgraph_requests_total",
      help: "GraphQL requests a subgraph answered, by operation name (bounded), type and outcome.",
      labelNames: ["subgraph", "operation_name", "operation_type", "outcome"],
      registers,
    }),
    errors: new Counter({
      name: "offa_subgraph_errors_total",
      help: "Errors a subgraph sent, by extensions.code (one per error of a response).",
      labelNames: ["subgraph", "code"],
      registers,
    }),
    requestDuration: new Histogram({
      name: "offa_subgraph_request_duration_seconds",
      help: "Time from a request's arrival at the subgraph to the end of its response.",
      labelNames: ["subgraph", "operation_type", "outcome"],
      buckets: LATENCY_BUCKETS_SECONDS,
      registers,
    }),
  };
}
