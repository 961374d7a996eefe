import { ApolloGateway } from "@apollo/gateway";
import type { ApolloServer } from "@apollo/server";
import type { GatewayConfig } from "./config";
import { attachScalarImplementations } from "./attachScalarImplementations";
import {
  buildServerOptions,
  disableApolloTelemetry,
  GuardedApolloServer,
  type ServerOptionsHooks,
} from "./production";
import { attributingGateway, createSubgraphServiceBuilder } from "./subgraphRequests";
import type { SubgraphCallObserver } from "./subgraphRequests/SubgraphCallObserver";
import { authorizingGateway } from "./authorization/authorizingGateway";
import { createPurposeRequiredPlugin } from "./authorization/createPurposeRequiredPlugin";
import { createSupergraphSource, type SupergraphSource } from "./supergraph";

/**
 * The gateway as an ApolloServer that is not listening yet (tests and the dev runner start it). It routes
 * with the supergraph composed at build time (no runtime introspection of subgraphs), read from its file by
 * `supergraph`, which swaps in a changed file when polling is on (gateway/supergraph/README.md).
 */
export function createGateway(
  config: GatewayConfig,
  hooks: ServerOptionsHooks = {},
  supergraph: SupergraphSource = createSupergraphSource({
    path: config.supergraphPath,
    pollMs: config.supergraphPollMs,
  }),
  /** Told of every subgraph call (gateway/observability's metrics); default: no one. */
  subgraphObserver?: SubgraphCallObserver,
): ApolloServer {
  disableApolloTelemetry();
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph.manager,
    buildService: createSubgraphServiceBuilder({
      urls: config.subgraphUrls,
      keys: config.signing,
      calls: config.subgraphCalls,
      observer: subgraphObserver,
    }),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => attachScalarImplementations(apiSchema));
  supergraph.attach(gateway);
  const { options, screen } = buildServerOptions(config, hooks);
  // The access directives come from the untouched supergraph (the copy the gateway loads has none), per
  // version: a request is authorized with the directives of the schema it was validated against.
  return new GuardedApolloServer(
    {
      // Inside the authorization: a whole-subgraph failure is put at the null fields of the operation that ran.
      gateway: authorizingGateway(
        attributingGateway(gateway, supergraph.fieldOwnersOf),
        supergraph.requirementsOf,
      ),
      ...options,
      plugins: [...options.plugins, createPurposeRequiredPlugin(supergraph.requirementsOf)],
    },
    screen,
  );
}
