import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";
import type { ApolloServer } from "@apollo/server";
import type { GatewayConfig } from "./config";
import { attachScalarImplementations } from "./attachScalarImplementations";
import { authorizingGateway } from "./authorization/authorizingGateway";
import { withoutAccessDirectives } from "./authorization/withoutAccessDirectives";
import { createPurposeRequiredPlugin } from "./authorization/createPurposeRequiredPlugin";
import { readAccessRequirements } from "../schema/contract/access";
import { parse } from "graphql";
import { GatewayError } from "./errors/GatewayError";
import {
  buildServerOptions,
  disableApolloTelemetry,
  GuardedApolloServer,
  type ServerOptionsHooks,
} from "./production";
import { SignedGraphQLDataSource } from "./subgraphRequests";

/**
 * The gateway as an ApolloServer that is not listening yet (tests and the dev runner start it). It routes
 * with the supergraph composed at build time: no runtime introspection of subgraphs.
 */
export function createGateway(config: GatewayConfig, hooks: ServerOptionsHooks = {}): ApolloServer {
  const supergraphSdl = readSupergraph(config.supergraphPath);
  disableApolloTelemetry();
  const gateway = new ApolloGateway({
    supergraphSdl: withoutAccessDirectives(supergraphSdl),
    buildService: ({ name, url }) =>
      new SignedGraphQLDataSource({ name, url: config.subgraphUrls[name] ?? url!, keys: config.signing }),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => attachScalarImplementations(apiSchema));
  const { options, screen } = buildServerOptions(config, hooks);
  // The access directives, read once from the untouched supergraph (the copy the gateway loads has none).
  const requirements = readAccessRequirements(parse(supergraphSdl));
  return new GuardedApolloServer(
    {
      gateway: authorizingGateway(gateway, requirements),
      ...options,
      plugins: [...options.plugins, createPurposeRequiredPlugin(requirements)],
    },
    screen,
  );
}

function readSupergraph(path: string): string {
  let sdl: string;
  try {
    sdl = readFileSync(path, "utf8");
  } catch (error) {
    throw new GatewayError(
      "OFFA_GATEWAY_SUPERGRAPH_UNREADABLE",
      `Cannot read the supergraph at ${path}: ${(error as Error).message}. Run npm run compose or fix SUPERGRAPH_PATH.`,
    );
  }
  if (!sdl.includes("@join__graph")) {
    throw new GatewayError(
      "OFFA_GATEWAY_SUPERGRAPH_UNREADABLE",
      `${path} is not a composed supergraph (no join__graph). Run npm run compose or fix SUPERGRAPH_PATH.`,
    );
  }
  return sdl;
}
