import type { AccessClaims } from "./AccessClaims";
import type { ProviderNamespaceName } from "./providerNamespaceName";

/**
 * Whether the caller may see the learners of a provider at all. Provider staff see their own provider's
 * learners only; for them every other provider's learner must look exactly like one that does not exist. Every
 * other role is bounded by scopes and policies alone (`@requiresScopes`, `@policy`).
 */
export function mayReadProvider(claims: AccessClaims | null, namespace: ProviderNamespaceName): boolean {
  if (claims === null) return false;
  return claims.role !== "PROVIDER_STAFF" || claims.provider === namespace;
}
