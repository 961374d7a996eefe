import type { IdentityMatch } from "../../subgraphs/offa/identity/matching";
import type { GroundTruth, IdentityNoiseKind } from "../dataset";

/** A pair of provider records, "provider:id|provider:id" in sorted order. */
type PairKey = string;

/** A true link the matcher did not make, and what became of it. */
export interface MissedLink {
  pair: PairKey;
  /** CANDIDATE: on the review list (POSSIBLE); NONE: the records stay separate learners. */
  outcome: "CANDIDATE" | "NONE";
  /** The noise kinds on the two records (identityNoise.ts), what the matcher had to see through. */
  noise: IdentityNoiseKind[];
}

/** The matcher scored against the ground truth, on pairs of provider records that are one person. */
export interface MatchingScore {
  records: number;
  learners: number;
  truePairs: number;
  linkedPairs: number;
  /** Linked pairs that are not one person. */
  falseMerges: PairKey[];
  /** EXACT links between records that are not one person (must be none). */
  wrongExactLinks: PairKey[];
  precision: number;
  recall: number;
  missed: MissedLink[];
  candidates: number;
  /** Review-list candidates that are one person (the rest are namesakes a reviewer rejects). */
  trueCandidates: number;
  links: Record<"EXACT" | "NEEDS_UPDATE", number>;
}

const refKey = (ref: { provider: string; providerLearnerId: string }) =>
  `${ref.provider}:${ref.providerLearnerId}`;
const pairKey = (x: string, y: string): PairKey => (x < y ? `${x}|${y}` : `${y}|${x}`);

/**
 * Scores a matcher run against the ground truth's people (who is who: GroundTruthPerson.records, the
 * generator's, never an input of the matcher): precision and recall over linked pairs, false merges, wrong
 * EXACT links, and every missed true link with its outcome and the noise behind it.
 */
export function scoreMatching(truth: GroundTruth, match: IdentityMatch): MatchingScore {
  const truePairs = new Set<PairKey>();
  for (const person of truth.people) {
    const keys = person.records.map(refKey);
    for (let i = 0; i < keys.length; i += 1) {
      for (let j = i + 1; j < keys.length; j += 1) truePairs.add(pairKey(keys[i], keys[j]));
    }
  }
  const learnerOf = new Map<string, number>();
  const linkedPairs = new Set<PairKey>();
  match.learners.forEach((records, learner) => {
    const keys = records.map(refKey);
    keys.forEach((key) => learnerOf.set(key, learner));
    for (let i = 0; i < keys.length; i += 1) {
      for (let j = i + 1; j < keys.length; j += 1) linkedPairs.add(pairKey(keys[i], keys[j]));
    }
  });
  const candidateLearners = new Set(
    match.candidates.map((pair) => {
      const [x, y] = [learnerOf.get(refKey(pair.a)), learnerOf.get(refKey(pair.b))] as number[];
      return x < y ? `${x}:${y}` : `${y}:${x}`;
    }),
  );
  const noiseOf = new Map<string, IdentityNoiseKind[]>();
  for (const noise of truth.identities.noise) {
    for (const ref of noise.records)
      noiseOf.set(refKey(ref), [...(noiseOf.get(refKey(ref)) ?? []), noise.kind]);
  }

  const falseMerges = [...linkedPairs].filter((pair) => !truePairs.has(pair));
  const correct = linkedPairs.size - falseMerges.length;
  const missed: MissedLink[] = [...truePairs]
    .filter((pair) => !linkedPairs.has(pair))
    .map((pair) => {
      const [x, y] = pair.split("|");
      const [p, q] = [learnerOf.get(x), learnerOf.get(y)] as number[];
      const together = candidateLearners.has(p < q ? `${p}:${q}` : `${q}:${p}`);
      const noise = [...new Set([...(noiseOf.get(x) ?? []), ...(noiseOf.get(y) ?? [])])].sort();
      return { pair, outcome: together ? "CANDIDATE" : "NONE", noise };
    });
  return {
    records: learnerOf.size,
    learners: match.learners.length,
    truePairs: truePairs.size,
    linkedPairs: linkedPairs.size,
    falseMerges,
    wrongExactLinks: match.links
      .filter((link) => link.quality === "EXACT" && !truePairs.has(pairKey(refKey(link.a), refKey(link.b))))
      .map((link) => pairKey(refKey(link.a), refKey(link.b))),
    precision: linkedPairs.size === 0 ? 1 : correct / linkedPairs.size,
    recall: truePairs.size === 0 ? 1 : correct / truePairs.size,
    missed,
    candidates: match.candidates.length,
    trueCandidates: match.candidates.filter((pair) => truePairs.has(pairKey(refKey(pair.a), refKey(pair.b))))
      .length,
    links: {
      EXACT: match.links.filter((link) => link.quality === "EXACT").length,
      NEEDS_UPDATE: match.links.filter((link) => link.quality === "NEEDS_UPDATE").length,
    },
  };
}
