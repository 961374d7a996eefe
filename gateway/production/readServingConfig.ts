import { type LimitsConfig, readLimitsConfig } from "../limits/readLimitsConfig";
import { loadSafelist, type Safelist } from "./loadSafelist";

/** `production` when NODE_ENV=production: introspection off, unregistered errors masked, a rate limit. */
export type GatewayMode = "development" | "production";

/** How the gateway serves: where it listens, in which mode, with which limits and safelist. */
export interface ServingConfig {
  /** GATEWAY_HOST: the address to listen on; loopback by default (0.0.0.0 in a container, behind a proxy). */
  host: string;
  mode: GatewayMode;
  limits: LimitsConfig;
  /** GATEWAY_SAFELIST_PATH: when set, only these persisted operations run. */
  safelist?: Safelist;
}

/** Loopback: nothing outside the machine reaches a gateway nobody chose to expose. */
export const DEFAULT_HOST = "127.0.0.1";

/** Reads the serving settings; every unusable value is appended to `problems`. */
export function readServingConfig(env: NodeJS.ProcessEnv, problems: string[]): ServingConfig {
  const mode: GatewayMode = env.NODE_ENV === "production" ? "production" : "development";
  const host = env.GATEWAY_HOST || DEFAULT_HOST;
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host))
    problems.push(`GATEWAY_HOST=${host} must be a host name or an IP address`);
  const limits = readLimitsConfig(env, mode === "production", problems);
  const safelist = env.GATEWAY_SAFELIST_PATH ? loadSafelist(env.GATEWAY_SAFELIST_PATH, problems) : undefined;
  return { host, mode, limits, ...(safelist ? { safelist } : {}) };
}

/** The serving settings an empty environment gives (tests and the dev runner that build config directly). */
export function defaultServingConfig(): ServingConfig {
  return readServingConfig({}, []);
}
