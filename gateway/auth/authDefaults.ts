import type { AuthConfig } from "./AuthConfig";

/**
 * The development secret used when OFFA_AUTH_DEV_SECRET is unset outside production. DEVELOPMENT ONLY: it is in
 * the public repository, so a token signed with it proves nothing; production refuses to start without a JWKS and
 * never accepts a shared secret.
 */
export const DEV_AUTH_SECRET = "offa-DEVELOPMENT-ONLY-secret-public-in-the-repo-never-in-production";

/** Every authentication default in one place (README.md, "Configuration", lists them). */
export const AUTH_DEFAULTS = {
  /** OFFA_AUTH_ISSUER. */
  issuer: "urn:offa:identity",
  /** OFFA_AUTH_AUDIENCE. */
  audience: "urn:offa:gateway",
  /** Small, for servers whose clocks are synchronised: 30 s. */
  clockToleranceSeconds: 30,
  /** Lifetime of a token printed by `npm run token` when --ttl is not given: one hour. */
  devTokenTtlSeconds: 3600,
} as const;

/** The configuration of a development gateway with every default (what an empty environment gives). */
export function developmentAuthConfig(): AuthConfig {
  return {
    production: false,
    keys: { kind: "devSecret", secret: DEV_AUTH_SECRET },
    issuer: AUTH_DEFAULTS.issuer,
    audience: AUTH_DEFAULTS.audience,
    clockToleranceSeconds: AUTH_DEFAULTS.clockToleranceSeconds,
  };
}
