import { resolve } from "node:path";
import { type AuthConfig, readAuthConfig } from "./auth";
import type { SigningKeys } from "../schema/contract/signing";
import { GatewayError } from "./errors/GatewayError";
import { readSigningKeys } from "./subgraphRequests";
import { readServingConfig, type GatewayMode } from "./production/readServingConfig";
import type { LimitsConfig } from "./limits/readLimitsConfig";
import type { Safelist } from "./production/loadSafelist";
import { supergraphSubgraphNames } from "./supergraphSubgraphNames";

/** Everything the gateway is configured with; tests build it directly. */
export interface GatewayConfig {
  /** GATEWAY_HOST (default 127.0.0.1, loopback). */
  host: string;
  /** NODE_ENV=production or not; absent: development (gateway/production/README.md). */
  mode?: GatewayMode;
  /** Query limits and rate limit; absent: the defaults of the mode (gateway/limits/README.md). */
  limits?: LimitsConfig;
  /** GATEWAY_SAFELIST_PATH, loaded: when present, only these persisted operations run. */
  safelist?: Safelist;
  port: number;
  /** The composed supergraph (schema/supergraph.graphql by default). */
  supergraphPath: string;
  /** URL overrides by subgraph name; a name absent here uses the URL composed into the supergraph. */
  subgraphUrls: Readonly<Record<string, string>>;
  /** The key every subgraph request is signed with (OFFA_GATEWAY_SIGNING_KEY; gateway/subgraphRequests). */
  signing: SigningKeys;
  /** Bearer-token verification (OFFA_AUTH_* settings; gateway/auth/README.md). */
  auth: AuthConfig;
}

/** Reads the gateway's settings from the environment, listing every problem at once. */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const problems: string[] = [];
  const rawPort = env.GATEWAY_PORT || "4000";
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`GATEWAY_PORT=${rawPort} must be a port`);
  const supergraphPath = resolve(env.SUPERGRAPH_PATH || "schema/supergraph.graphql");
  const subgraphUrls: Record<string, string> = {};
  // `<NAME>_URL` for each subgraph the supergraph names: the supergraph is the one list of subgraphs.
  for (const name of supergraphSubgraphNames(supergraphPath)) {
    const variable = `${name.toUpperCase()}_URL`;
    const url = env[variable];
    if (!url) continue;
    if (/^https?:\/\/\S+$/.test(url)) subgraphUrls[name] = url;
    else problems.push(`${variable}=${url} must be an http(s) URL`);
  }
  const auth = readAuthConfig(env, problems);
  const signingProblems: string[] = [];
  const signing = readSigningKeys(env, signingProblems);
  problems.push(...signingProblems);
  const serving = readServingConfig(env, problems);
  if (problems.length > 0) {
    throw new GatewayError(
      signingProblems.length > 0 ? "OFFA_GATEWAY_SIGNING_KEY_INVALID" : "OFFA_GATEWAY_CONFIG_INVALID",
      `Invalid configuration:\n- ${problems.join("\n- ")}`,
    );
  }
  return {
    ...serving,
    port,
    supergraphPath,
    subgraphUrls,
    signing,
    auth,
  };
}
