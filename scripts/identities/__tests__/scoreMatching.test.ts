import type { IdentityMatch, IdentityRecord, MatchedPair } from "../../../subgraphs/offa/identity/matching";
import type { GroundTruth } from "../../dataset";
import { scoreMatching } from "../scoreMatching";

const record = (provider: IdentityRecord["provider"], providerLearnerId: string): IdentityRecord => ({
  provider,
  providerLearnerId,
  nationalNumberHash: providerLearnerId,
  nationalNumberKind: "NISS",
  lastName: "Dupont",
  firstName: "Lucas",
  birthDate: "2005-04-09",
  sex: "M",
  postcode: "4000",
});
const evidence = {
  nationalNumber: "SAME",
  familyName: "SAME",
  givenNames: "SAME",
  birthDate: "SAME",
  sameSex: true,
  postcode: "SAME",
} as const;
const pair = (a: IdentityRecord, b: IdentityRecord, quality: MatchedPair["quality"]): MatchedPair => ({
  a,
  b,
  quality,
  evidence,
});

// Three people: p1 at cefa and ifapme, p2 at cefa and sfpme, p3 at ifapme only.
const [c1, i1, c2, s2, i3] = [
  record("cefa", "C1"),
  record("ifapme", "I1"),
  record("cefa", "C2"),
  record("sfpme", "S2"),
  record("ifapme", "I3"),
];
const truth = {
  people: [
    { offaLearnerId: "x", moves: [], records: [c1, i1] },
    { offaLearnerId: "y", moves: [], records: [c2, s2] },
    { offaLearnerId: "z", moves: [], records: [i3] },
  ],
  identities: {
    noise: [
      { kind: "NAME_TYPO", records: [{ provider: "sfpme", providerLearnerId: "S2" }], source: "SEEDED" },
    ],
    homonyms: [],
  },
} as unknown as GroundTruth;

describe("scoreMatching", () => {
  it("counts a false merge and a wrong EXACT link, and a missed link left apart as NONE with its noise", () => {
    const match: IdentityMatch = {
      learners: [[c1, i1, i3], [c2], [s2]],
      links: [pair(c1, i1, "EXACT"), pair(i1, i3, "EXACT")],
      candidates: [],
    };
    const score = scoreMatching(truth, match);
    expect(score.truePairs).toBe(2);
    expect(score.falseMerges.sort()).toEqual(["cefa:C1|ifapme:I3", "ifapme:I1|ifapme:I3"]);
    expect(score.wrongExactLinks).toEqual(["ifapme:I1|ifapme:I3"]);
    expect(score.precision).toBeCloseTo(1 / 3);
    expect(score.recall).toBe(0.5);
    expect(score.missed).toEqual([{ pair: "cefa:C2|sfpme:S2", outcome: "NONE", noise: ["NAME_TYPO"] }]);
  });

  it("counts a missed link on the review list as a candidate", () => {
    const match: IdentityMatch = {
      learners: [[c1, i1], [c2], [s2], [i3]],
      links: [pair(c1, i1, "EXACT")],
      candidates: [pair(c2, s2, "POSSIBLE")],
    };
    const score = scoreMatching(truth, match);
    expect(score.falseMerges).toEqual([]);
    expect(score.precision).toBe(1);
    expect(score.missed.map((m) => m.outcome)).toEqual(["CANDIDATE"]);
    expect(score.trueCandidates).toBe(1);
  });
});
