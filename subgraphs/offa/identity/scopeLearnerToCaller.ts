import { PROVIDER_NAMESPACES, type AccessClaims } from "../../kit";
import { learnerIdsField, type Learner } from "./Learner";
import { providerOfNamespace } from "./Provider";

/**
 * A learner as the caller may see it. Provider staff see only learners their provider holds, and of them only
 * that provider's records: the links to other providers are removed, so the harmonised view is built from their
 * own provider's records alone. A learner their provider does not hold is null, exactly like an unknown id.
 * Every other role sees the whole learner (scopes and policies decide whether it sees learners at all).
 */
export function scopeLearnerToCaller(learner: Learner | null, claims: AccessClaims | null): Learner | null {
  if (!learner || claims?.role !== "PROVIDER_STAFF") return learner;
  const own = PROVIDER_NAMESPACES.find((namespace) => namespace === claims.provider);
  const ownIds = own ? ((learner as unknown as Record<string, string[]>)[learnerIdsField(own)] ?? []) : [];
  if (!own || ownIds.length === 0) return null;
  return Object.assign(
    { ...learner, providers: [providerOfNamespace(own)], movedBetweenProviders: false },
    Object.fromEntries(
      PROVIDER_NAMESPACES.map((namespace) => [learnerIdsField(namespace), namespace === own ? ownIds : []]),
    ),
  ) as Learner;
}
