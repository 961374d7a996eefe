import { developmentPseudonymKeys } from "../../../subgraphs/kit/pseudonyms";
import { matchIdentities } from "../../../subgraphs/offa/identity/matching";
import { TODAY, generateDataset } from "../../../scripts/dataset";
import { providerIdentityExport } from "../../../scripts/dataset/providerIdentityExport";
import { renderMatchingScore } from "../../../scripts/identities/renderMatchingScore";
import { scoreMatching } from "../../../scripts/identities/scoreMatching";

// The default dataset's scale: every kind of identity noise and the seeded namesakes occur several times.
const keys = developmentPseudonymKeys();
const { stores, groundTruth } = generateDataset({ seed: 42, scale: 0.1, pseudonymKeys: keys });
const match = matchIdentities(providerIdentityExport(stores, keys, TODAY).records);
const score = scoreMatching(groundTruth, match);
const key = (provider: string, id: string) => `${provider}:${id}`;

describe("the identity matcher scored against the ground truth (scale 0.1)", () => {
  it("meets every kind of identity noise and seeded namesakes", () => {
    const kinds = new Set(groundTruth.identities.noise.map((noise) => noise.kind));
    expect([...kinds].sort()).toEqual([
      "BIS_REPLACED_BY_NISS",
      "COMMUNE_CHANGED",
      "DAY_MONTH_TRANSPOSED",
      "GIVEN_NAMES_SWAPPED",
      "GIVEN_NAME_SHORTENED",
      "NAME_ACCENTS",
      "NAME_TYPO",
      "NATIONAL_NUMBER_MISSING",
    ]);
    expect(groundTruth.identities.homonyms.filter((group) => group.seeded).length).toBeGreaterThanOrEqual(6);
  });

  it("makes no false merge, and every EXACT link is right", () => {
    console.log(renderMatchingScore(score));
    expect(score.falseMerges).toEqual([]);
    expect(score.wrongExactLinks).toEqual([]);
    expect(score.links.EXACT).toBeGreaterThan(0);
    expect(score.precision).toBe(1);
  });

  it("reports recall, every missed link on the review list or a documented NONE (two noises compounded)", () => {
    expect(score.recall).toBeGreaterThan(0.99);
    for (const missed of score.missed) {
      if (missed.outcome === "NONE") expect(missed.noise.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("never links a record without a national number by itself: each such true link is a review candidate (POSSIBLE) or a documented NONE", () => {
    const numberless = groundTruth.identities.noise
      .filter((noise) => noise.kind === "NATIONAL_NUMBER_MISSING")
      .flatMap((noise) => noise.records.map((r) => key(r.provider, r.providerLearnerId)));
    expect(numberless.length).toBeGreaterThanOrEqual(4);
    const missedOfNumberless = score.missed.filter((missed) =>
      missed.pair.split("|").some((record) => numberless.includes(record)),
    );
    // Every true link of such a record is missed (the matcher gives a record without a number at most POSSIBLE)…
    const truePairsOfNumberless = groundTruth.people
      .filter((person) =>
        person.records.some((r) => numberless.includes(key(r.provider, r.providerLearnerId))),
      )
      .reduce((pairs, person) => pairs + (person.records.length * (person.records.length - 1)) / 2, 0);
    expect(missedOfNumberless).toHaveLength(truePairsOfNumberless);
    // …and waits on the review list, unless a second noise on the pair makes it NONE (documented by its noises).
    for (const missed of missedOfNumberless) {
      expect(missed.noise).toContain("NATIONAL_NUMBER_MISSING");
      if (missed.outcome === "NONE") expect(missed.noise.length).toBeGreaterThanOrEqual(2);
    }
    expect(missedOfNumberless.filter((missed) => missed.outcome === "CANDIDATE").length).toBeGreaterThan(0);
    const linkedNumberless = match.links.filter(
      (link) =>
        numberless.includes(key(link.a.provider, link.a.providerLearnerId)) ||
        numberless.includes(key(link.b.provider, link.b.providerLearnerId)),
    );
    expect(linkedNumberless).toEqual([]);
  });

  it("links a BIS number to the NISS that replaced it (NEEDS_UPDATE) when nothing else changed", () => {
    const replaced = groundTruth.identities.noise.filter((noise) => noise.kind === "BIS_REPLACED_BY_NISS");
    const updates = match.links.filter((link) => link.evidence.nationalNumber === "BIS_REPLACED");
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.every((link) => link.quality === "NEEDS_UPDATE")).toBe(true);
    expect(updates.length).toBeLessThanOrEqual(replaced.length * 2);
  });

  it("never merges namesakes: the seeded ones wait on the review list", () => {
    const learnerOf = new Map<string, number>();
    match.learners.forEach((records, index) =>
      records.forEach((r) => learnerOf.set(key(r.provider, r.providerLearnerId), index)),
    );
    const reviewed = new Set(
      match.candidates.map((pair) =>
        [
          learnerOf.get(key(pair.a.provider, pair.a.providerLearnerId)),
          learnerOf.get(key(pair.b.provider, pair.b.providerLearnerId)),
        ]
          .sort()
          .join(":"),
      ),
    );
    for (const group of groundTruth.identities.homonyms) {
      const learners = group.people.map((records) =>
        learnerOf.get(key(records[0].provider, records[0].providerLearnerId)),
      );
      expect(new Set(learners).size).toBe(learners.length);
      if (group.seeded) expect(reviewed.has([learners[0], learners[1]].sort().join(":"))).toBe(true);
    }
  });

  it("is the registry OFFA's store holds: links and review list come from the matcher, not from the truth", () => {
    const learnerOfLink = new Map(
      stores.offa.learner_link.map((link) => [key(link.provider, link.provider_learner_id), link.learner_id]),
    );
    expect(stores.offa.learner).toHaveLength(match.learners.length);
    for (const records of match.learners) {
      const learners = new Set(records.map((r) => learnerOfLink.get(key(r.provider, r.providerLearnerId))));
      expect(learners.size).toBe(1);
    }
    expect(stores.offa.identity_candidate).toHaveLength(match.candidates.length);
  });
});
