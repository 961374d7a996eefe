import type { ObservedRequests } from "../../schema/contract/observability";
import type { CircuitState, SubgraphCallObserver } from "../subgraphRequests/SubgraphCallObserver";
import type { GatewayMetrics } from "./GatewayMetrics";

/** The circuit gauge's value of each state (a gauge needs a number; the order is the breaker's). */
const CIRCUIT_GAUGE: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };

/** What the gateway's request line says of each subgraph it called. */
export interface SubgraphCallSummary {
  subgraph: string;
  attempts: number;
  /** The outcome of the last attempt. */
  outcome: string;
}

/**
 * The SubgraphCallObserver the gateway's data sources report to: every attempt counted and timed per subgraph,
 * failures by outcome and status, circuit changes on a gauge, and each call added to its request's log line
 * (found by request id). Never throws, as the interface asks.
 */
export function createSubgraphCallRecorder(
  metrics: GatewayMetrics,
  requests: ObservedRequests,
  onCircuitChange: (subgraph: string, state: CircuitState) => void,
): SubgraphCallObserver {
  return {
    attemptFinished(attempt) {
      try {
        const { subgraph, outcome } = attempt;
        metrics.subgraphRequests.inc({ subgraph, operation_kind: attempt.operationKind, outcome });
        metrics.subgraphRequestDuration.observe({ subgraph, outcome }, attempt.durationSeconds);
        if (outcome !== "ok")
          metrics.subgraphErrors.inc({ subgraph, outcome, status: String(attempt.status ?? "none") });
        const observation = requests.find(attempt.requestId);
        if (observation === undefined) return;
        const calls = (observation.details.subgraphs ??= []) as SubgraphCallSummary[];
        const call = calls.find((entry) => entry.subgraph === subgraph);
        if (call) {
          call.attempts += 1;
          call.outcome = outcome;
        } else calls.push({ subgraph, attempts: 1, outcome });
      } catch {
        // Metrics must never fail a subgraph call.
      }
    },
    circuitChanged(subgraph, state) {
      try {
        metrics.subgraphCircuitState.set({ subgraph }, CIRCUIT_GAUGE[state]);
        onCircuitChange(subgraph, state);
      } catch {
        // As above.
      }
    },
  };
}
