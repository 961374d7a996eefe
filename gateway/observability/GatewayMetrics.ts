import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import { LATENCY_BUCKETS_SECONDS } from "../../schema/contract/observability";

/** The gateway's own metrics (README.md beside this file lists names and labels). */
export interface GatewayMetrics {
  requests: Counter<"operation_name" | "operation_type" | "outcome">;
  errors: Counter<"code">;
  requestDuration: Histogram<"operation_type" | "outcome">;
  subgraphRequests: Counter<"subgraph" | "operation_kind" | "outcome">;
  subgraphErrors: Counter<"subgraph" | "outcome" | "status">;
  subgraphRequestDuration: Histogram<"subgraph" | "outcome">;
  subgraphCircuitState: Gauge<"subgraph">;
}

/**
 * Registers the gateway's metrics in `registry`. The circuit gauge starts at 0 (closed) for every subgraph of
 * the supergraph, so a dashboard sees each one before its first change.
 */
export function createGatewayMetrics(registry: Registry, subgraphs: readonly string[]): GatewayMetrics {
  const registers = [registry];
  const metrics: GatewayMetrics = {
    requests: new Counter({
      name: "offa_gateway_requests_total",
      help: "GraphQL requests answered by the gateway, by operation name (bounded), type and outcome.",
      labelNames: ["operation_name", "operation_type", "outcome"],
      registers,
    }),
    errors: new Counter({
      name: "offa_gateway_errors_total",
      help: "Errors sent to callers, by extensions.code (one per error of a response).",
      labelNames: ["code"],
      registers,
    }),
    requestDuration: new Histogram({
      name: "offa_gateway_request_duration_seconds",
      help: "Time from a request's arrival to the end of its response.",
      labelNames: ["operation_type", "outcome"],
      buckets: LATENCY_BUCKETS_SECONDS,
      registers,
    }),
    subgraphRequests: new Counter({
      name: "offa_gateway_subgraph_requests_total",
      help: "HTTP attempts from the gateway to each subgraph (a retried call counts each attempt).",
      labelNames: ["subgraph", "operation_kind", "outcome"],
      registers,
    }),
    subgraphErrors: new Counter({
      name: "offa_gateway_subgraph_errors_total",
      help: "Failed attempts to a subgraph, by outcome (http_error, timeout, connection_error, circuit_open) and HTTP status.",
      labelNames: ["subgraph", "outcome", "status"],
      registers,
    }),
    subgraphRequestDuration: new Histogram({
      name: "offa_gateway_subgraph_request_duration_seconds",
      help: "Duration of each attempt to a subgraph, as the gateway measured it.",
      labelNames: ["subgraph", "outcome"],
      buckets: LATENCY_BUCKETS_SECONDS,
      registers,
    }),
    subgraphCircuitState: new Gauge({
      name: "offa_gateway_subgraph_circuit_state",
      help: "Each subgraph's circuit breaker: 0 closed, 1 half-open, 2 open.",
      labelNames: ["subgraph"],
      registers,
    }),
  };
  for (const subgraph of subgraphs) metrics.subgraphCircuitState.set({ subgraph }, 0);
  return metrics;
}
