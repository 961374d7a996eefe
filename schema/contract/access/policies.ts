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
  /**
   * The national number in clear (domain.md §9 and §11.16): only to a mobility officer who declared a purpose that
   * needs it (`needsNationalNumber`). No other role, developers included: the synthetic numbers are checksum-valid,
   * and no response may carry one except in that case (a developer tests the field with a mobility officer's
   * development token).
   */
  identify_learner: (claims: AccessClaims) =>
    claims.role === "MOBILITY_OFFICER" &&
    claims.purpose !== null &&
    PURPOSES[claims.purpose].needsNationalNumber,
  /**
   * A learner's pseudonym in the mobility domain: mobility officers with a declared purpose only (any purpose:
   * the pseudonym is what they use instead of the number). A modelling choice: developers, provider staff and
   * analysts do not see it.
   */
  mobility_pseudonym: (claims: AccessClaims) => claims.role === "MOBILITY_OFFICER" && claims.purpose !== null,
  /**
   * The identity review list and its decisions (confirm, reject, undo a link): mobility officers who declared the
   * purpose IDENTITY_RESOLUTION only. A modelling choice: deciding that two records are one person is the purpose's
   * very act; developers do not decide identities (they test with a mobility officer's development token).
   */
  identity_resolution: (claims: AccessClaims) =>
    claims.role === "MOBILITY_OFFICER" && claims.purpose === "IDENTITY_RESOLUTION",
} as const satisfies Record<string, (claims: AccessClaims) => boolean>;

/** One of POLICIES. */
export type PolicyName = keyof typeof POLICIES;

/** Narrows a string to a PolicyName. */
export function isPolicyName(value: unknown): value is PolicyName {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(POLICIES, value);
}
