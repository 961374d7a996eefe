import { resolve } from "node:path";
import { GatewayError } from "../errors/GatewayError";
import type { AuthConfig, AuthKeys } from "./AuthConfig";
import { AUTH_DEFAULTS, DEV_AUTH_SECRET } from "./authDefaults";

/** HS256 wants a key at least as long as its hash (RFC 7518 §3.2): 32 bytes. */
const MIN_DEV_SECRET_LENGTH = 32;

/**
 * Reads the authentication settings from the environment: OFFA_AUTH_JWKS_FILE or OFFA_AUTH_JWKS_URL (one of
 * them), OFFA_AUTH_DEV_SECRET (outside production only), OFFA_AUTH_ISSUER and OFFA_AUTH_AUDIENCE. Each invalid
 * value is appended to `problems`, for the caller to list with its own; a production gateway (NODE_ENV=production)
 * with no JWKS throws OFFA_GATEWAY_AUTH_KEYS_MISSING at once, since nothing else can make it serve.
 */
export function readAuthConfig(env: NodeJS.ProcessEnv, problems: string[]): AuthConfig {
  const production = env.NODE_ENV === "production";
  const jwksFile = env.OFFA_AUTH_JWKS_FILE;
  const jwksUrl = env.OFFA_AUTH_JWKS_URL;
  const devSecret = env.OFFA_AUTH_DEV_SECRET;
  if (production && !jwksFile && !jwksUrl) {
    throw new GatewayError(
      "OFFA_GATEWAY_AUTH_KEYS_MISSING",
      "NODE_ENV=production needs the keys that sign bearer tokens: set OFFA_AUTH_JWKS_FILE (a JWKS file) or " +
        "OFFA_AUTH_JWKS_URL (your identity provider's JWKS endpoint); OFFA_AUTH_DEV_SECRET is refused in production.",
    );
  }
  if (jwksFile && jwksUrl) problems.push("OFFA_AUTH_JWKS_FILE and OFFA_AUTH_JWKS_URL are exclusive: set one");
  if (production && devSecret !== undefined)
    problems.push("OFFA_AUTH_DEV_SECRET is for development only: unset it when NODE_ENV=production");
  if (devSecret !== undefined && devSecret.length < MIN_DEV_SECRET_LENGTH)
    problems.push(`OFFA_AUTH_DEV_SECRET must be at least ${MIN_DEV_SECRET_LENGTH} characters`);
  if (jwksUrl !== undefined && !(production ? /^https:\/\/\S+$/ : /^https?:\/\/\S+$/).test(jwksUrl))
    problems.push(`OFFA_AUTH_JWKS_URL=${jwksUrl} must be an ${production ? "https" : "http(s)"} URL`);
  const issuer = env.OFFA_AUTH_ISSUER || AUTH_DEFAULTS.issuer;
  const audience = env.OFFA_AUTH_AUDIENCE || AUTH_DEFAULTS.audience;
  const keys: AuthKeys = jwksFile
    ? { kind: "jwksFile", path: resolve(jwksFile) }
    : jwksUrl
      ? { kind: "jwksUrl", url: jwksUrl }
      : { kind: "devSecret", secret: devSecret || DEV_AUTH_SECRET };
  return { production, keys, issuer, audience, clockToleranceSeconds: AUTH_DEFAULTS.clockToleranceSeconds };
}
