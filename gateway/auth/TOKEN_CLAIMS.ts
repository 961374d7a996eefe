/**
 * The claims this gateway reads from a bearer token, beside the registered `iss`, `aud`, `exp` and `sub`. An
 * identity provider issuing tokens for OFFA maps its users onto these names; anything else in the token (a
 * `scope`, say) is ignored: scopes come from the role alone (schema/contract/access ROLES).
 */
export const TOKEN_CLAIMS = {
  /** One of ROLES, e.g. "MOBILITY_OFFICER". Required. */
  role: "role",
  /** PROVIDER_STAFF only, required for it: the provider subgraph name whose learners they see ("cefa"). */
  provider: "provider",
  /** MAPPING_ADMINISTRATOR only: the provider namespaces whose rules they may change (["cefa", "ifapme"]). */
  namespaces: "namespaces",
} as const;
