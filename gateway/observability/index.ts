/** The gateway's logs, metrics and traces (README.md beside this file). */
export { createGatewayObservability, type GatewayObservability } from "./createGatewayObservability";
export { readGatewayObservabilitySettings } from "./readGatewayObservabilitySettings";
export { createGatewayMetrics, type GatewayMetrics } from "./GatewayMetrics";
export { createSubgraphCallRecorder, type SubgraphCallSummary } from "./createSubgraphCallRecorder";
export { createRequestObservationPlugin } from "./createRequestObservationPlugin";
