import { resolve } from "node:path";
import { type AuthConfig, readAuthConfig } from "./auth";
import type { SigningKeys } from "../schema/contract/signing";
import { GatewayError } from "./errors/GatewayError";
import { readShutdownSettings, type ShutdownSettings } from "../schema/contract/http";
import { readSupergraphPollMs } from "./supergraph/readSupergraphPollMs";
import { readSigningKeys, readSubgraphCallConfig, type SubgraphCallConfig } from "./subgraphRequests";
import { readServingConfig, type GatewayMode } from "./production/readServingConfig";
import type { LimitsConfig } from "./limits/readLimitsConfig";
import type { Safelist } from "./production/loadSafelist";
import { supergraphSubgraphNames } from "./supergraphSubgraphNames";
import { type ObservabilitySettings, readObservabilitySettings } from "../schema/contract/observability";

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
  /** SUPERGRAPH_POLL_MS: how often the supergraph file is read again for a hot reload; absent or 0: never. */
  supergraphPollMs?: number;
  /** SHUTDOWN_GRACE_MS / SHUTDOWN_DRAIN_TIMEOUT_MS: how SIGTERM drains; absent: no grace (tests). */
  shutdown?: ShutdownSettings;
  /** Subgraph timeouts, retries, circuit breakers and sockets; absent: the defaults (gateway/subgraphRequests). */
  subgraphCalls?: SubgraphCallConfig;
  /** LOG_LEVEL, METRICS_ENABLED, OTEL_TRACES_EXPORTER; absent: read from the environment at start (gateway/observability). */
  observability?: ObservabilitySettings;
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
  const subgraphNames = supergraphSubgraphNames(supergraphPath);
  // `<NAME>_URL` for each subgraph the supergraph names: the supergraph is the one list of subgraphs.
  for (const name of subgraphNames) {
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
  const shutdown = readShutdownSettings(env, problems);
  const supergraphPollMs = readSupergraphPollMs(env, problems);
  const subgraphCalls = readSubgraphCallConfig(env, subgraphNames, problems);
  const observability = readObservabilitySettings(env, problems);
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
    shutdown,
    supergraphPollMs,
    subgraphCalls,
    observability,
  };
}
