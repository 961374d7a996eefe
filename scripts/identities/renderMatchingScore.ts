import type { MatchingScore } from "./scoreMatching";

const percent = (value: number) => `${(100 * value).toFixed(2)} %`;

/** The score as the identities:score script prints it: totals, precision, recall, and the missed links by noise. */
export function renderMatchingScore(score: MatchingScore): string {
  const byNoise = new Map<string, { candidate: number; none: number }>();
  for (const link of score.missed) {
    const key = link.noise.join(" + ") || "(no recorded noise)";
    const entry = byNoise.get(key) ?? { candidate: 0, none: 0 };
    if (link.outcome === "CANDIDATE") entry.candidate += 1;
    else entry.none += 1;
    byNoise.set(key, entry);
  }
  const lines = [
    `records ${score.records}, learners ${score.learners}`,
    `links: EXACT ${score.links.EXACT}, NEEDS_UPDATE ${score.links.NEEDS_UPDATE}; review candidates ${score.candidates} (${score.trueCandidates} of them one person)`,
    `true pairs ${score.truePairs}, linked pairs ${score.linkedPairs}`,
    `precision ${percent(score.precision)} (false merges ${score.falseMerges.length}, wrong EXACT links ${score.wrongExactLinks.length})`,
    `recall ${percent(score.recall)} (missed ${score.missed.length}: ${score.missed.filter((m) => m.outcome === "CANDIDATE").length} on the review list, ${score.missed.filter((m) => m.outcome === "NONE").length} NONE)`,
  ];
  for (const [noise, counts] of [...byNoise].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(`  missed with ${noise}: ${counts.candidate} candidate(s), ${counts.none} NONE`);
  }
  for (const pair of score.falseMerges.slice(0, 20)) lines.push(`  false merge ${pair}`);
  return lines.join("\n");
}
