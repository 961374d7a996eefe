import { PROVIDER_NAMESPACES } from "../../../kit";
import { compareWithSearchedIdentity, type SearchComparison, type SearchedIdentity } from "../matching";
import type { ProviderNamespace } from "../Provider";

/** A provider record a search by name found, with how it compares (quality above NONE). */
export interface JudgedCandidate extends SearchComparison {
  provider: ProviderNamespace;
  providerLearnerId: string;
}

/** A candidate as a provider sent it (@requires): its id and the identity fields the matcher compares. */
interface CandidateRecord {
  id: string;
  lastName: string;
  firstName: string;
  birthDate: string;
}

const RANK = { EXACT: 0, NEEDS_UPDATE: 1, POSSIBLE: 2, NONE: 3 } as const;

/**
 * Judges every provider's candidates against the searched identity with the matcher's comparisons
 * (compareWithSearchedIdentity) and keeps those above NONE, best first (then provider and id, so the order is
 * stable). Pure. `candidates` holds each provider's list under its namespace.
 */
export function judgeNameCandidates(
  searched: SearchedIdentity,
  candidates: Readonly<Partial<Record<ProviderNamespace, readonly CandidateRecord[]>>>,
): JudgedCandidate[] {
  return PROVIDER_NAMESPACES.flatMap((provider) =>
    (candidates[provider] ?? []).map((record) => ({
      provider,
      providerLearnerId: record.id,
      ...compareWithSearchedIdentity(searched, record),
    })),
  )
    .filter((candidate) => candidate.quality !== "NONE")
    .sort(
      (a, b) =>
        RANK[a.quality] - RANK[b.quality] ||
        a.provider.localeCompare(b.provider) ||
        a.providerLearnerId.localeCompare(b.providerLearnerId),
    );
}
