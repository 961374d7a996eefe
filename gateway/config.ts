import { resolve } from "node:path";
import { GatewayError } from "./errors/GatewayError";

/** Names of the subgraphs the supergraph routes to; their URLs may be overridden one by one. */
export const SUBGRAPH_NAMES = ["cefa", "ifapme", "sfpme", "offa"] as const;

/** Everything the gateway is configured with; tests build it directly. */
export interface GatewayConfig {
  host: string;
  port: number;
  /** The composed supergraph (schema/supergraph.graphql by default). */
  supergraphPath: string;
  /** URL overrides by subgraph name; a name absent here uses the URL composed into the supergraph. */
  subgraphUrls: Partial<Record<(typeof SUBGRAPH_NAMES)[number], string>>;
}

/** Reads the gateway's settings from the environment, listing every problem at once. */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const problems: string[] = [];
  const rawPort = env.GATEWAY_PORT || "4000";
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`GATEWAY_PORT=${rawPort} must be a port`);
  const subgraphUrls: GatewayConfig["subgraphUrls"] = {};
  for (const name of SUBGRAPH_NAMES) {
    const variable = `${name.toUpperCase()}_URL`;
    const url = env[variable];
    if (!url) continue;
    if (/^https?:\/\/\S+$/.test(url)) subgraphUrls[name] = url;
    else problems.push(`${variable}=${url} must be an http(s) URL`);
  }
  if (problems.length > 0) {
    throw new GatewayError(
      "OFFA_GATEWAY_CONFIG_INVALID",
      `Invalid configuration:\n- ${problems.join("\n- ")}`,
    );
  }
  return {
    host: "127.0.0.1",
    port,
    supergraphPath: resolve(env.SUPERGRAPH_PATH || "schema/supergraph.graphql"),
    subgraphUrls,
  };
}
