import { SCOPES, type Scope } from "./scopes";

/**
 * The roles a caller can hold (issue 8), each with the scopes it grants. A modelling choice: OFFA's real access
 * profiles are not published (domain.md §9 gives the principles: purpose limitation, minimisation, logging).
 */
export const ROLES = {
  /** Dashboards and BI: figures only, never a learner; the register of units and agréments is not personal. */
  DASHBOARD_ANALYST: { scopes: ["figures:read", "register:read", "mappings:read"], developmentOnly: false },
  /**
   * Mobility officers: learner-level data across providers, only with a purpose declared on each request
   * (policy `learner_access`); the national number only with a purpose that needs it (policy `identify_learner`).
   */
  MOBILITY_OFFICER: {
    scopes: ["learner:read", "learner:identify", "register:read", "mappings:read"],
    developmentOnly: false,
  },
  /** A provider's staff: their own provider's learners and the harmonised view of those learners only. */
  PROVIDER_STAFF: { scopes: ["learner:read", "mappings:read"], developmentOnly: false },
  /** Mapping administrators: the rules of the provider namespaces granted to them. */
  MAPPING_ADMINISTRATOR: { scopes: ["mappings:read", "mappings:write"], developmentOnly: false },
  /** Accreditation and incentive officers: the register, agréments and their histories. */
  ACCREDITATION_OFFICER: {
    scopes: ["register:read", "accreditation:read", "mappings:read"],
    developmentOnly: false,
  },
  /**
   * Developers: the schema and the synthetic data, every scope, in development only (a token for it is refused in
   * production). Policies still apply: the national number needs a mobility officer's identifying purpose.
   */
  DEVELOPER: { scopes: SCOPES, developmentOnly: true },
} as const satisfies Record<string, { scopes: readonly Scope[]; developmentOnly: boolean }>;

/** One of ROLES. */
export type Role = keyof typeof ROLES;

/** Narrows a string to a Role. */
export function isRole(value: unknown): value is Role {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(ROLES, value);
}
