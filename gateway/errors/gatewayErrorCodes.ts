/**
 * Every error code the gateway itself sends or exits with, beside the subgraphs' codes (which it passes
 * through untouched) and Apollo's standard ones. Codes are public API: never reuse or rename one.
 */
export const gatewayErrorCodes = {
  OFFA_GATEWAY_CONFIG_INVALID: {
    area: "startup",
    cause: "A gateway environment variable has a value the gateway cannot use (the message lists every one).",
    remedy: "Fix or unset the variables named; see the configuration table in README.md.",
  },
  OFFA_GATEWAY_SUPERGRAPH_UNREADABLE: {
    area: "startup",
    cause: "The supergraph file is missing or is not a composed supergraph.",
    remedy: "Run `npm run compose`, or point SUPERGRAPH_PATH at a composed schema/supergraph.graphql.",
  },
  OFFA_GATEWAY_AUTH_KEYS_MISSING: {
    area: "startup",
    cause:
      "NODE_ENV=production with neither OFFA_AUTH_JWKS_FILE nor OFFA_AUTH_JWKS_URL: production never accepts the development secret.",
    remedy:
      "Set OFFA_AUTH_JWKS_URL to your identity provider's JWKS endpoint, or OFFA_AUTH_JWKS_FILE to a file of its public keys.",
  },
  OFFA_GATEWAY_AUTH_JWKS_UNREADABLE: {
    area: "startup",
    cause:
      "The file named by OFFA_AUTH_JWKS_FILE cannot be read, is not a JWKS, or holds a private or symmetric key.",
    remedy: 'Point OFFA_AUTH_JWKS_FILE at a JSON Web Key Set of public keys only (`{"keys": [...]}`).',
  },
  OFFA_AUTH_TOKEN_MISSING: {
    area: "authentication (HTTP 401)",
    cause: "The request has no `Authorization: Bearer <token>` header.",
    remedy:
      "Send a bearer token from the identity provider; in development `npm run -s token -- ROLE` prints one.",
  },
  OFFA_AUTH_TOKEN_EXPIRED: {
    area: "authentication (HTTP 401)",
    cause: "The bearer token's `exp` has passed (beyond 30 s of clock tolerance).",
    remedy: "Get a new token.",
  },
  OFFA_AUTH_TOKEN_INVALID: {
    area: "authentication (HTTP 401)",
    cause:
      "The bearer token is not a signed JWT, its signature does not verify, its algorithm is not allowed for the configured keys (never `none`; HS256 only with the development secret), no configured key matches it, or it lacks `exp` or `sub`.",
    remedy:
      "Send the token exactly as the identity provider issued it; check that the gateway's JWKS holds its key.",
  },
  OFFA_AUTH_TOKEN_WRONG_ISSUER: {
    area: "authentication (HTTP 401)",
    cause: "The bearer token's `iss` is not the issuer the gateway trusts (OFFA_AUTH_ISSUER).",
    remedy: "Use a token from the configured identity provider, or fix OFFA_AUTH_ISSUER.",
  },
  OFFA_AUTH_TOKEN_WRONG_AUDIENCE: {
    area: "authentication (HTTP 401)",
    cause: "The bearer token's `aud` does not name this gateway (OFFA_AUTH_AUDIENCE).",
    remedy: "Request a token for the gateway's audience, or fix OFFA_AUTH_AUDIENCE.",
  },
  OFFA_AUTH_ROLE_UNKNOWN: {
    area: "authentication (HTTP 401)",
    cause: "The bearer token's `role` claim is missing or not one of the roles (README, Roles and tokens).",
    remedy: "Issue the token with one of the listed roles.",
  },
  OFFA_AUTH_ROLE_NOT_ALLOWED: {
    area: "authentication (HTTP 401)",
    cause: "The token's role is for development only (DEVELOPER) and the gateway runs in production.",
    remedy: "Use a token with a production role.",
  },
  OFFA_AUTH_CLAIMS_INVALID: {
    area: "authentication (HTTP 401)",
    cause:
      "The token's claims do not fit its role: no `sub`, a PROVIDER_STAFF token without a `provider` among the supergraph's providers, or `namespaces` naming an unknown provider.",
    remedy: "Issue the token with the claims its role needs (gateway/auth/README.md).",
  },
  OFFA_AUTH_PURPOSE_UNKNOWN: {
    area: "authentication (HTTP 400)",
    cause: "The `x-offa-purpose` header names no purpose of the closed list.",
    remedy: "Declare one of the purposes listed in README.md (Roles and tokens), or send no purpose.",
  },
  OFFA_AUTH_KEYS_UNAVAILABLE: {
    area: "authentication (HTTP 503)",
    cause:
      "The JWKS endpoint (OFFA_AUTH_JWKS_URL) did not answer with a usable key set, so no token can be verified.",
    remedy: "Check that the identity provider's JWKS endpoint is reachable from the gateway; retry later.",
  },
  GRAPHQL_PARSE_FAILED: {
    area: "request",
    cause: "The query is not valid GraphQL syntax (Apollo standard code).",
    remedy: "Fix the syntax at the location given in the error.",
  },
  GRAPHQL_VALIDATION_FAILED: {
    area: "request",
    cause:
      "The query asks for a field, argument or type the supergraph does not have, or writes a literal the argument's type refuses, such as a LocalDate that is no calendar date (Apollo standard code).",
    remedy: "Check the schema (schema/supergraph.graphql) for the right names.",
  },
  BAD_USER_INPUT: {
    area: "request",
    cause:
      "A variable has the wrong type or a value its scalar refuses, such as a LocalDate `2023-02-29` or a YearMonth `2023-13` (Apollo standard code).",
    remedy: "Send values of the types the schema declares.",
  },
} as const;

export type GatewayErrorCode = keyof typeof gatewayErrorCodes;
