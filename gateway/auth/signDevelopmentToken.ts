import { SignJWT } from "jose";
import type { Role } from "../../schema/contract/access";
import type { AuthConfig } from "./AuthConfig";
import { AUTH_DEFAULTS, developmentAuthConfig } from "./authDefaults";
import { TOKEN_CLAIMS } from "./TOKEN_CLAIMS";

/** What a development token says about its holder. */
export interface DevelopmentTokenOptions {
  role: Role;
  /** `sub`; default "dev-<role in lower case>". */
  subject?: string;
  /** For PROVIDER_STAFF: the provider subgraph name. */
  provider?: string;
  /** For MAPPING_ADMINISTRATOR: the namespaces granted. */
  namespaces?: readonly string[];
  /** Lifetime in seconds; default AUTH_DEFAULTS.devTokenTtlSeconds. */
  ttlSeconds?: number;
}

/**
 * Signs an HS256 token with the development secret of `auth` (the default development configuration when not
 * given), for `npm run token`, the scripts and the tests. Refuses a production or JWKS configuration: there the
 * tokens come from the identity provider.
 */
export async function signDevelopmentToken(
  options: DevelopmentTokenOptions,
  auth: AuthConfig = developmentAuthConfig(),
): Promise<string> {
  if (auth.production || auth.keys.kind !== "devSecret")
    throw new Error(
      "Development tokens need a development gateway with its shared secret (no NODE_ENV=production, no OFFA_AUTH_JWKS_*); " +
        "otherwise get a token from the identity provider.",
    );
  const claims: Record<string, unknown> = { [TOKEN_CLAIMS.role]: options.role };
  if (options.provider !== undefined) claims[TOKEN_CLAIMS.provider] = options.provider;
  if (options.namespaces !== undefined) claims[TOKEN_CLAIMS.namespaces] = [...options.namespaces];
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(options.subject ?? `dev-${options.role.toLowerCase()}`)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(`${options.ttlSeconds ?? AUTH_DEFAULTS.devTokenTtlSeconds}s`)
    .sign(new TextEncoder().encode(auth.keys.secret));
}
