import type { JWTPayload } from "jose";
import { type AccessClaims, isRole, type Purpose, ROLES } from "../../schema/contract/access";
import { authenticationError } from "./authenticationError";
import { TOKEN_CLAIMS } from "./TOKEN_CLAIMS";

/** What the claims are checked against: the mode, and the providers the supergraph routes to. */
export interface ClaimsContext {
  production: boolean;
  /** Provider subgraph names, from the supergraph (supergraphProviderNames). */
  providers: readonly string[];
}

/**
 * Turns a verified token's payload (and the request's purpose) into the caller's AccessClaims. The role must be one
 * of ROLES (OFFA_AUTH_ROLE_UNKNOWN) and allowed in this mode (a development-only role in production:
 * OFFA_AUTH_ROLE_NOT_ALLOWED); PROVIDER_STAFF needs a known `provider` and a MAPPING_ADMINISTRATOR's `namespaces`
 * must be known providers (OFFA_AUTH_CLAIMS_INVALID). Scopes are the role's, whatever the token says; `provider`,
 * `namespaces` and the purpose are kept only for the role they mean something to.
 */
export function claimsFromPayload(
  payload: JWTPayload,
  context: ClaimsContext,
  purpose: Purpose | null,
): AccessClaims {
  const role = payload[TOKEN_CLAIMS.role];
  if (!isRole(role)) {
    throw authenticationError(
      "OFFA_AUTH_ROLE_UNKNOWN",
      `The bearer token's \`${TOKEN_CLAIMS.role}\` claim must be one of: ${Object.keys(ROLES).join(", ")}.`,
    );
  }
  if (context.production && ROLES[role].developmentOnly) {
    throw authenticationError(
      "OFFA_AUTH_ROLE_NOT_ALLOWED",
      `The role ${role} is for development only and is refused in production.`,
    );
  }
  if (typeof payload.sub !== "string" || payload.sub.trim() === "")
    throw claimsInvalid("The bearer token's `sub` must name the caller.");
  const known = (value: unknown): value is string =>
    typeof value === "string" && context.providers.includes(value);
  const provider = payload[TOKEN_CLAIMS.provider];
  if (role === "PROVIDER_STAFF" && !known(provider))
    throw claimsInvalid(
      `PROVIDER_STAFF needs a \`${TOKEN_CLAIMS.provider}\` claim, one of: ${context.providers.join(", ")}.`,
    );
  const namespaces = payload[TOKEN_CLAIMS.namespaces] ?? [];
  if (role === "MAPPING_ADMINISTRATOR" && !(Array.isArray(namespaces) && namespaces.every(known)))
    throw claimsInvalid(
      `The \`${TOKEN_CLAIMS.namespaces}\` claim must list provider namespaces among: ${context.providers.join(", ")}.`,
    );
  return {
    subject: payload.sub,
    role,
    scopes: [...ROLES[role].scopes],
    provider: role === "PROVIDER_STAFF" ? (provider as string) : null,
    namespaces: role === "MAPPING_ADMINISTRATOR" ? [...new Set(namespaces as string[])] : [],
    purpose: role === "MOBILITY_OFFICER" ? purpose : null,
  };
}

function claimsInvalid(message: string) {
  return authenticationError("OFFA_AUTH_CLAIMS_INVALID", message);
}
