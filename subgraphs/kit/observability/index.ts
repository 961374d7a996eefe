/** A subgraph's logs, metrics and traces (README.md beside this file). */
export { createSubgraphObservability, type SubgraphObservability } from "./createSubgraphObservability";
export { createSubgraphMetrics, type SubgraphMetrics } from "./SubgraphMetrics";
export { createSubgraphObservationPlugin } from "./createSubgraphObservationPlugin";
