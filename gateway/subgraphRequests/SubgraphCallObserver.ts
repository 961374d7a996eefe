/**
 * What the gateway's calls to subgraphs report as they happen: the seam between the resilient data source
 * (timeouts, retries, circuit breaker) and whoever watches it (metrics, logs). Implementations must not throw.
 */
export interface SubgraphCallObserver {
  /** One HTTP attempt to a subgraph ended: a retried fetch reports each attempt. */
  attemptFinished(attempt: SubgraphAttempt): void;
  /** A subgraph's circuit changed state. */
  circuitChanged(subgraph: string, state: CircuitState): void;
}

export type CircuitState = "closed" | "open" | "half_open";

export interface SubgraphAttempt {
  subgraph: string;
  /** The GraphQL operation kind the gateway sent (mutations are never retried). */
  operationKind: "query" | "mutation" | "subscription";
  /** 1 for the first try, 2 and 3 for retries. */
  attempt: number;
  outcome: "ok" | "http_error" | "timeout" | "connection_error" | "circuit_open";
  /** The HTTP status when one came back. */
  status?: number;
  durationSeconds: number;
  /** The gateway request's id (x-request-id), when known. */
  requestId?: string;
}

/** An observer that does nothing: the default when no one watches. */
export const SILENT_OBSERVER: SubgraphCallObserver = {
  attemptFinished: () => undefined,
  circuitChanged: () => undefined,
};
