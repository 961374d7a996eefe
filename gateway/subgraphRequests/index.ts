/**
 * How the gateway calls subgraphs: signed requests carrying the caller's claims (schema/contract/signing), with
 * timeouts, query-only retries, a circuit breaker and bounded keep-alive sockets per subgraph.
 */
export { createSigningFetcher, type Fetcher } from "./createSigningFetcher";
export { PREVIOUS_SIGNING_KEY_SETTING, readSigningKeys, SIGNING_KEY_SETTING } from "./readSigningKeys";
export { SignedGraphQLDataSource, type SignedGraphQLDataSourceOptions } from "./SignedGraphQLDataSource";
export { CircuitBreaker, type CircuitBreakerOptions, type CircuitPermit } from "./CircuitBreaker";
export { createHttpFetcher } from "./createHttpFetcher";
export {
  createResilientFetcher,
  type ResilientFetcherOptions,
  type SubgraphCall,
} from "./createResilientFetcher";
export { createSubgraphAgent } from "./createSubgraphAgent";
export {
  createSubgraphServiceBuilder,
  type SubgraphServiceBuilderOptions,
} from "./createSubgraphServiceBuilder";
export { operationKindOf, type OperationKind } from "./operationKindOf";
export {
  defaultSubgraphCallConfig,
  readSubgraphCallConfig,
  SUBGRAPH_CALL_DEFAULTS,
  timeoutMsFor,
  type SubgraphCallConfig,
} from "./readSubgraphCallConfig";
export {
  fullJitterBackoffMs,
  isConnectionError,
  isRetryableStatus,
  isSubgraphFailureStatus,
} from "./retryPolicy";
export { subgraphCallError, type SubgraphCallErrorCode } from "./subgraphCallError";
export {
  SILENT_OBSERVER,
  type CircuitState,
  type SubgraphAttempt,
  type SubgraphCallObserver,
} from "./SubgraphCallObserver";
export { attributeSubgraphFailures } from "./attributeSubgraphFailures";
export { attributingGateway } from "./attributingGateway";
