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
  OFFA_AUTH_PURPOSE_REQUIRED: {
    area: "authentication (HTTP 400)",
    cause:
      "A mobility officer's query reads learner-level data without an `x-offa-purpose` header (domain.md §9: learner-level reads are purpose-bound).",
    remedy:
      "Declare the purpose of the request with the x-offa-purpose header, one of the purposes listed in README.md (Roles and tokens).",
  },
  OFFA_AUTH_KEYS_UNAVAILABLE: {
    area: "authentication (HTTP 503)",
    cause:
      "The JWKS endpoint (OFFA_AUTH_JWKS_URL) did not answer with a usable key set, so no token can be verified.",
    remedy: "Check that the identity provider's JWKS endpoint is reachable from the gateway; retry later.",
  },
  OFFA_GATEWAY_SIGNING_KEY_INVALID: {
    area: "startup",
    cause:
      "NODE_ENV=production and OFFA_GATEWAY_SIGNING_KEY is unset, shorter than 32 characters or the public development key; or the key is set shorter than 32 characters in any mode (the message lists every configuration problem).",
    remedy:
      "Set OFFA_GATEWAY_SIGNING_KEY to the secret the subgraphs share (e.g. `openssl rand -base64 48`); see schema/contract/signing/README.md.",
  },
  OFFA_GATEWAY_SUPERGRAPH_REJECTED: {
    area: "supergraph reload (log)",
    cause:
      "The supergraph file changed (SUPERGRAPH_PATH, read again every SUPERGRAPH_POLL_MS) but the new content was refused: it cannot be read, is not a composed supergraph, routes to other subgraphs than the gateway started with, or @apollo/gateway refuses it. Logged once per content; the previous supergraph keeps serving and no request fails.",
    remedy:
      "Fix the file (run `npm run compose`, write it atomically: a rename, or a ConfigMap update); adding or removing a subgraph needs a gateway restart.",
  },
  OFFA_GATEWAY_LISTEN_FAILED: {
    area: "startup",
    cause:
      "The gateway cannot listen on its address: the port is in use, or the host is not an address of this machine.",
    remedy: "Choose another GATEWAY_PORT or GATEWAY_HOST, or stop the process using the port.",
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
  OFFA_GATEWAY_FIGURES_EXPORT_PARAMETERS: {
    area: "figures export (HTTP 400)",
    cause:
      "GET /figures.csv lacks `measures`, `from` or `to`, or has a parameter it does not know (the message names it). The values themselves are judged by the figures query, whose OFFA_FIGURES_ codes come back unchanged.",
    remedy:
      "Use /figures.csv?measures=A,B&by=X,Y&from=2022-2023&to=2023-2024[&granularity=MONTH][&asOf=YYYY-MM-DD][&where.trades=T1,T2].",
  },
  OFFA_GATEWAY_LIMIT_BODY_SIZE: {
    area: "limits (HTTP 413)",
    cause:
      "The request body is larger than GATEWAY_MAX_BODY_BYTES (default 64 kB); nothing of it was parsed.",
    remedy:
      "Send a smaller query: select fewer fields, or use variables and fragments instead of repeated text.",
  },
  OFFA_GATEWAY_LIMIT_TOKENS: {
    area: "limits (HTTP 400)",
    cause: "The query has more GraphQL tokens than GATEWAY_MAX_TOKENS (default 3000); it was not parsed.",
    remedy: "Select fewer fields or split the query into several requests.",
  },
  OFFA_GATEWAY_LIMIT_DEPTH: {
    area: "limits (HTTP 400)",
    cause:
      "Fields nest deeper than GATEWAY_MAX_DEPTH (default 8), such as the provider learner → OFFA learner → provider learner cycle.",
    remedy: "Ask for the nested records in a second request, by id.",
  },
  OFFA_GATEWAY_LIMIT_ALIASES: {
    area: "limits (HTTP 400)",
    cause: "The operation has more aliases than GATEWAY_MAX_ALIASES (default 10).",
    remedy:
      "Use fewer aliases: page with `first` and `after` instead of asking for the same field many times.",
  },
  OFFA_GATEWAY_LIMIT_DIRECTIVES: {
    area: "limits (HTTP 400)",
    cause: "The operation has more directives than GATEWAY_MAX_DIRECTIVES (default 10).",
    remedy: "Use fewer @include/@skip directives, or send different operations.",
  },
  OFFA_GATEWAY_LIMIT_COST: {
    area: "limits (HTTP 400)",
    cause:
      "The operation's estimated cost is above GATEWAY_MAX_COST (default 1 500 000): page sizes (`first`, 20 when absent) multiply the cost of what they select, and harmonised contracts and month-by-month compliance weigh more (README, Query limits).",
    remedy: "Ask for smaller pages (`first`) or fewer expensive fields, and page with `after`.",
  },
  OFFA_GATEWAY_RATE_LIMITED: {
    area: "limits (HTTP 429)",
    cause:
      "This client (token subject, or address without a token) sent more than GATEWAY_RATE_LIMIT requests in GATEWAY_RATE_LIMIT_WINDOW_SECONDS.",
    remedy: "Wait the seconds given in the Retry-After header, then retry; spread requests out.",
  },
  OFFA_GATEWAY_OPERATION_NOT_SAFELISTED: {
    area: "limits (HTTP 400)",
    cause:
      "The gateway runs only the persisted operations of GATEWAY_SAFELIST_PATH, and this document or hash is not one of them.",
    remedy:
      "Send one of the safelisted operations (by `extensions.persistedQuery.sha256Hash` or its exact text).",
  },
  OPERATION_RESOLUTION_FAILURE: {
    area: "request (HTTP 400)",
    cause:
      "`operationName` names no operation of the document, or the document has several operations and no operationName (Apollo standard code).",
    remedy: "Send the name of one of the document's operations.",
  },
  BAD_USER_INPUT: {
    area: "request",
    cause:
      "A variable has the wrong type or a value its scalar refuses, such as a LocalDate `2023-02-29` or a YearMonth `2023-13` (Apollo standard code).",
    remedy: "Send values of the types the schema declares.",
  },
  OFFA_GATEWAY_SUBGRAPH_REFUSED: {
    area: "subgraphs",
    cause:
      "A subgraph refused the gateway's request with HTTP 401 or 403: gateway and subgraph do not share the signing key, or the subgraph's own access check denied the forwarded claims. `extensions.subgraph` names it and `subgraphCode` gives its code.",
    remedy:
      "Operators: give the gateway and every subgraph the same OFFA_GATEWAY_SIGNING_KEY (schema/contract/signing/README.md) and keep their supergraph and subgraph schemas from the same build.",
  },
  OFFA_GATEWAY_SUBGRAPH_UNAVAILABLE: {
    area: "subgraphs",
    cause:
      "The gateway could not get an answer from a subgraph: the connection was refused or lost, or it answered 429, 502, 503 or 504, after the retries a query gets (at most 2, never for a mutation). `extensions.subgraph` names it; the fields it serves are null and the rest of the answer stands.",
    remedy:
      "Retry later. Operators: check that the subgraph runs and is ready (`GET /readyz`) and that the gateway reaches it (`<NAME>_URL`).",
  },
  OFFA_GATEWAY_SUBGRAPH_TIMEOUT: {
    area: "subgraphs",
    cause:
      "A subgraph did not answer within the gateway's timeout for it (GATEWAY_SUBGRAPH_TIMEOUT_MS or `<NAME>_TIMEOUT_MS`, default 30 s, retries included); the request to it was aborted. `extensions.subgraph` names it; the fields it serves are null.",
    remedy:
      "Ask for smaller pages (`first`) or fewer harmonised fields. Operators: look at the subgraph's load and store, or raise its timeout.",
  },
  OFFA_GATEWAY_SUBGRAPH_CIRCUIT_OPEN: {
    area: "subgraphs",
    cause:
      "A subgraph failed at least GATEWAY_SUBGRAPH_BREAKER_FAILURE_PERCENT % of the gateway's recent calls (default 50 % of at least 10 in 10 s), so its circuit breaker is open: the gateway answers at once without calling it, and lets one probe through after GATEWAY_SUBGRAPH_BREAKER_COOLDOWN_MS (default 2 s). `extensions.subgraph` names it; the fields it serves are null.",
    remedy:
      "Retry in a few seconds: the circuit closes as soon as a probe succeeds. Operators: the subgraph is down or failing; see its logs and `GET /readyz`.",
  },
  UNAUTHORIZED_FIELD_OR_TYPE: {
    area: "access",
    cause:
      "The caller's role, scopes or declared purpose do not allow a field or the type it returns (the schema's @requiresScopes and @policy). The field is null and was never fetched (Apollo Router's code).",
    remedy:
      "Ask with a token whose role may see it (README, Roles and tokens); a mobility officer declares a purpose with the x-offa-purpose header.",
  },
} as const;

export type GatewayErrorCode = keyof typeof gatewayErrorCodes;
