import { compareIdentities, isPlainlyDistinct } from "./compareIdentities";
import { forEachCandidatePair } from "./forEachCandidatePair";
import type { IdentityRecord } from "./IdentityRecord";
import type { MatchEvidence } from "./MatchEvidence";
import type { MatchQuality } from "./MatchQuality";

/** Two records and how they compare. */
export interface MatchedPair {
  a: IdentityRecord;
  b: IdentityRecord;
  quality: MatchQuality;
  evidence: MatchEvidence;
  /**
   * Why a pair whose rules said EXACT or NEEDS_UPDATE was not linked and went to review instead: the link would
   * put two records of one provider, or two different national numbers of one kind, in one learner; or a BIS
   * number matched several register numbers (or the reverse). Absent otherwise.
   */
  conflict?: "SAME_PROVIDER" | "TWO_NUMBERS" | "AMBIGUOUS_BIS";
}

/** The registry a matcher run proposes. */
export interface IdentityMatch {
  /** One list of provider records per learner, every input record in exactly one. */
  learners: IdentityRecord[][];
  /** The EXACT and NEEDS_UPDATE pairs that made the learners (a spanning set: not every pair of a learner). */
  links: MatchedPair[];
  /**
   * POSSIBLE pairs between records of different learners, one per pair of learners: the review list, never
   * merged without a recorded human decision (domain.md §10).
   */
  candidates: MatchedPair[];
}

/**
 * Runs the matcher over every provider record (pure): compares the pairs blocking finds (forEachCandidatePair),
 * links EXACT pairs, then NEEDS_UPDATE ones, into learners (union-find), refusing a link that would give one
 * learner two records of a provider or two different numbers of one kind (that link becomes a candidate), and
 * keeps the POSSIBLE pairs across learners as candidates. NONE pairs stay apart. Deterministic for a given input
 * order.
 */
export function matchIdentities(records: readonly IdentityRecord[]): IdentityMatch {
  const automatic: MatchedPair[] = [];
  const possible: MatchedPair[] = [];
  forEachCandidatePair(records, (a, b) => {
    if (isPlainlyDistinct(a, b)) return;
    const { quality, evidence } = compareIdentities(a, b);
    if (quality === "EXACT" || quality === "NEEDS_UPDATE") automatic.push({ a, b, quality, evidence });
    else if (quality === "POSSIBLE") possible.push({ a, b, quality, evidence });
  });

  const ambiguous = ambiguousBisPairs(automatic);
  const clusters = new Clusters(records);
  const links: MatchedPair[] = [];
  const refused: MatchedPair[] = [];
  // EXACT first, then the same-number updates, then BIS → NISS: the strongest evidence claims records first.
  const rank = (pair: MatchedPair) =>
    pair.quality === "EXACT" ? 0 : pair.evidence.nationalNumber === "SAME" ? 1 : 2;
  const ordered = automatic
    .map((pair, order) => ({ pair, order }))
    .sort((x, y) => rank(x.pair) - rank(y.pair) || x.order - y.order)
    .map(({ pair }) => pair);
  for (const pair of ordered) {
    const conflict = ambiguous.has(pair) ? "AMBIGUOUS_BIS" : clusters.conflict(pair.a, pair.b);
    if (conflict === null) {
      clusters.union(pair.a, pair.b);
      links.push(pair);
    } else if (conflict !== "ALREADY_LINKED") {
      refused.push({ ...pair, quality: "POSSIBLE", conflict });
    }
  }

  const candidates: MatchedPair[] = [];
  const seen = new Set<string>();
  for (const pair of [...refused, ...possible]) {
    const [x, y] = [clusters.find(pair.a), clusters.find(pair.b)].sort((p, q) => p - q);
    const key = `${x}:${y}`;
    if (x === y || seen.has(key)) continue;
    seen.add(key);
    candidates.push(pair);
  }
  return { learners: clusters.members(), links, candidates };
}

// BIS → NISS updates where one BIS hash meets several NISS hashes, or one NISS hash several BIS hashes: the
// records cannot tell which namesake received the number.
function ambiguousBisPairs(pairs: readonly MatchedPair[]): Set<MatchedPair> {
  const bisToNiss = pairs.filter((pair) => pair.evidence.nationalNumber === "BIS_REPLACED");
  const partners = new Map<string, Set<string>>();
  const note = (from: string, to: string) => partners.set(from, (partners.get(from) ?? new Set()).add(to));
  for (const { a, b } of bisToNiss) {
    note(a.nationalNumberHash as string, b.nationalNumberHash as string);
    note(b.nationalNumberHash as string, a.nationalNumberHash as string);
  }
  return new Set(
    bisToNiss.filter(
      ({ a, b }) =>
        (partners.get(a.nationalNumberHash as string) as Set<string>).size > 1 ||
        (partners.get(b.nationalNumberHash as string) as Set<string>).size > 1,
    ),
  );
}

// Union-find over record positions, each root keeping its providers and national numbers by kind.
class Clusters {
  private readonly parent: number[];
  private readonly index = new Map<IdentityRecord, number>();
  private readonly providers: Set<string>[];
  private readonly numbers: Map<string, string>[];

  constructor(private readonly records: readonly IdentityRecord[]) {
    this.parent = records.map((_, i) => i);
    records.forEach((record, i) => this.index.set(record, i));
    this.providers = records.map((record) => new Set([record.provider]));
    this.numbers = records.map((record) =>
      record.nationalNumberHash === null
        ? new Map()
        : new Map([[record.nationalNumberKind ?? "NISS", record.nationalNumberHash]]),
    );
  }

  find(record: IdentityRecord): number {
    let i = this.index.get(record) as number;
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }

  conflict(a: IdentityRecord, b: IdentityRecord): "ALREADY_LINKED" | "SAME_PROVIDER" | "TWO_NUMBERS" | null {
    const [x, y] = [this.find(a), this.find(b)];
    if (x === y) return "ALREADY_LINKED";
    for (const provider of this.providers[x]) if (this.providers[y].has(provider)) return "SAME_PROVIDER";
    for (const [kind, hash] of this.numbers[x]) {
      const other = this.numbers[y].get(kind);
      if (other !== undefined && other !== hash) return "TWO_NUMBERS";
    }
    return null;
  }

  union(a: IdentityRecord, b: IdentityRecord): void {
    const [x, y] = [this.find(a), this.find(b)];
    this.parent[y] = x;
    for (const provider of this.providers[y]) this.providers[x].add(provider);
    for (const [kind, hash] of this.numbers[y]) this.numbers[x].set(kind, hash);
  }

  members(): IdentityRecord[][] {
    const groups = new Map<number, IdentityRecord[]>();
    this.records.forEach((record) => {
      const root = this.find(record);
      const group = groups.get(root);
      if (group) group.push(record);
      else groups.set(root, [record]);
    });
    return [...groups.values()];
  }
}
