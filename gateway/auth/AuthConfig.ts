/**
 * Where the gateway finds the keys that sign bearer tokens: a JWKS (a file read at start, or a URL fetched and
 * cached by jose), or, in development only, a shared secret for HS256 tokens minted by `npm run token`.
 */
export type AuthKeys =
  | { kind: "jwksFile"; path: string }
  | { kind: "jwksUrl"; url: string }
  | { kind: "devSecret"; secret: string };

/** The gateway's authentication settings, built by readAuthConfig from the environment (tests build it directly). */
export interface AuthConfig {
  /** NODE_ENV=production: a JWKS is required and development-only roles are refused. */
  production: boolean;
  keys: AuthKeys;
  /** The `iss` every token must carry. */
  issuer: string;
  /** The `aud` every token must carry (or include). */
  audience: string;
  /** Seconds of clock skew tolerated on `exp`, `nbf` and `iat`. */
  clockToleranceSeconds: number;
}
