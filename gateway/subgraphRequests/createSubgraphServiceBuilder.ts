import type { Agent } from "node:http";
import type { SigningKeys } from "../../schema/contract/signing";
import { CircuitBreaker } from "./CircuitBreaker";
import { createSubgraphAgent } from "./createSubgraphAgent";
import { defaultSubgraphCallConfig, type SubgraphCallConfig } from "./readSubgraphCallConfig";
import { SignedGraphQLDataSource } from "./SignedGraphQLDataSource";
import { SILENT_OBSERVER, type SubgraphCallObserver } from "./SubgraphCallObserver";

/** What the gateway's `buildService` needs to build each subgraph's data source. */
export interface SubgraphServiceBuilderOptions {
  /** URL overrides by subgraph name (GatewayConfig.subgraphUrls); others use the supergraph's URL. */
  urls: Readonly<Record<string, string>>;
  keys: SigningKeys;
  /** Default: defaultSubgraphCallConfig(). */
  calls?: SubgraphCallConfig;
  /** Default: SILENT_OBSERVER. */
  observer?: SubgraphCallObserver;
}

/**
 * ApolloGateway's `buildService`: a SignedGraphQLDataSource per subgraph, whose circuit breaker and keep-alive
 * agent belong to the subgraph, not to the data source, so they survive a data source rebuilt for a new
 * supergraph (a breaker that forgot an outage, or a second pool of sockets, would defeat both).
 */
export function createSubgraphServiceBuilder(
  options: SubgraphServiceBuilderOptions,
): (definition: { name: string; url?: string }) => SignedGraphQLDataSource {
  const calls = options.calls ?? defaultSubgraphCallConfig();
  const observer = options.observer ?? SILENT_OBSERVER;
  const breakers = new Map<string, CircuitBreaker>();
  const agents = new Map<string, Agent>();
  return ({ name, url: composedUrl }) => {
    const url = options.urls[name] ?? composedUrl;
    if (url === undefined) throw new Error(`The supergraph gives no URL for the ${name} subgraph`);
    let breaker = breakers.get(name);
    if (breaker === undefined) {
      breaker = new CircuitBreaker({ ...calls, onChange: (state) => observer.circuitChanged(name, state) });
      breakers.set(name, breaker);
    }
    // One agent per URL: a subgraph moved to another address gets sockets to the new one.
    let agent = agents.get(url);
    if (agent === undefined) {
      agent = createSubgraphAgent(url, calls);
      agents.set(url, agent);
    }
    return new SignedGraphQLDataSource({ name, url, keys: options.keys, calls, breaker, agent, observer });
  };
}
