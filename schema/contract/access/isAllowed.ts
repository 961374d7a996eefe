import type { AccessClaims } from "./AccessClaims";
import type { AccessRequirement } from "./AccessRequirement";
import { isPolicyName, POLICIES } from "./policies";

/**
 * Whether a caller satisfies a requirement. No claims (an anonymous caller) satisfies nothing that asks for
 * anything. A policy the code does not define never passes: an unknown name in the schema denies, it does not
 * open.
 */
export function isAllowed(claims: AccessClaims | null, requirement: AccessRequirement): boolean {
  if (!requirement.authenticated) return true;
  if (claims === null) return false;
  const granted = new Set<string>(claims.scopes);
  const scopesOk =
    requirement.scopes.length === 0 || requirement.scopes.some((all) => all.every((s) => granted.has(s)));
  const policiesOk =
    requirement.policies.length === 0 ||
    requirement.policies.some((all) => all.every((p) => isPolicyName(p) && POLICIES[p](claims)));
  return scopesOk && policiesOk;
}
