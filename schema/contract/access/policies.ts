import type { AccessClaims } from "./AccessClaims";
import { PURPOSES } from "./purposes";

/**
 * The policies the schema's `@policy` directives name: rules that depend on more than a scope. Each returns true
 * when the caller may see the field; a role without the scope never reaches a policy (scopes are checked first).
 */
export const POLICIES = {
  /**
   * Learner-level data: provider staff (their provider's learners only, enforced in each subgraph), developers,
   * and mobility officers who declared a purpose for this request.
   */
  learner_access: (claims: AccessClaims) => claims.role !== "MOBILITY_OFFICER" || claims.purpose !== null,
  /** The national number in clear: only for a purpose that needs it (or a developer on synthetic data). */
  identify_learner: (claims: AccessClaims) =>
    claims.role === "DEVELOPER" || (claims.purpose !== null && PURPOSES[claims.purpose].needsNationalNumber),
} as const satisfies Record<string, (claims: AccessClaims) => boolean>;

/** One of POLICIES. */
export type PolicyName = keyof typeof POLICIES;

/** Narrows a string to a PolicyName. */
export function isPolicyName(value: unknown): value is PolicyName {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(POLICIES, value);
}
