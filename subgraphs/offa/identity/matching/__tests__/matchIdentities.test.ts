import { type IdentityRecord, forEachCandidatePair, matchIdentities } from "..";

let next = 0;
function record(change: Partial<IdentityRecord>): IdentityRecord {
  next += 1;
  return {
    provider: "cefa",
    providerLearnerId: `R${next}`,
    nationalNumberHash: `hash-${next}`,
    nationalNumberKind: "NISS",
    lastName: "Dupont",
    firstName: "Lucas",
    birthDate: "2005-04-09",
    sex: "M",
    postcode: "4000",
    ...change,
  };
}

const ids = (learners: IdentityRecord[][]) =>
  learners.map((records) => records.map((r) => r.providerLearnerId).sort()).sort();

describe("matchIdentities", () => {
  it("links EXACT and NEEDS_UPDATE pairs into one learner across three providers", () => {
    const a = record({ nationalNumberHash: "n1" });
    const b = record({ provider: "ifapme", nationalNumberHash: "n1", postcode: "1000" });
    const c = record({ provider: "sfpme", nationalNumberHash: "n1", birthDate: "2005-09-04" });
    const match = matchIdentities([a, b, c]);
    expect(ids(match.learners)).toEqual([[a, b, c].map((r) => r.providerLearnerId).sort()]);
    expect(match.candidates).toEqual([]);
  });

  it("keeps namesakes with different numbers apart and puts them on the review list", () => {
    const a = record({ nationalNumberHash: "n1" });
    const b = record({ provider: "ifapme", nationalNumberHash: "n2" });
    const match = matchIdentities([a, b]);
    expect(match.learners).toHaveLength(2);
    expect(match.candidates).toHaveLength(1);
    expect(match.candidates[0].quality).toBe("POSSIBLE");
  });

  it("refuses a link that would give a learner two records of one provider", () => {
    const a = record({ nationalNumberHash: "n1" });
    const b = record({ provider: "ifapme", nationalNumberHash: "n1" });
    const c = record({ provider: "ifapme", nationalNumberHash: "n1", providerLearnerId: "dup" });
    const match = matchIdentities([a, b, c]);
    expect(match.learners).toHaveLength(2);
    expect(match.candidates.map((pair) => pair.conflict)).toEqual(["SAME_PROVIDER"]);
  });

  it("sends a BIS number matching two register numbers to review instead of guessing", () => {
    const bis = record({ nationalNumberHash: "b1", nationalNumberKind: "BIS" });
    const first = record({ provider: "ifapme", nationalNumberHash: "n1" });
    const second = record({ provider: "sfpme", nationalNumberHash: "n2" });
    const match = matchIdentities([bis, first, second]);
    expect(match.learners).toHaveLength(3);
    expect(match.candidates.some((pair) => pair.conflict === "AMBIGUOUS_BIS")).toBe(true);
  });

  it("links a BIS number to the one register number that replaced it", () => {
    const bis = record({ nationalNumberHash: "b1", nationalNumberKind: "BIS" });
    const niss = record({ provider: "ifapme", nationalNumberHash: "n1" });
    const match = matchIdentities([bis, niss]);
    expect(match.learners).toHaveLength(1);
    expect(match.links.map((link) => link.quality)).toEqual(["NEEDS_UPDATE"]);
  });
});

describe("forEachCandidatePair", () => {
  it("pairs records of different providers sharing a number or a birth-date block, each pair once", () => {
    const a = record({ nationalNumberHash: "n1", birthDate: "2005-04-09" });
    const b = record({ provider: "ifapme", nationalNumberHash: "n1", birthDate: "2005-09-04" });
    const c = record({ provider: "sfpme", nationalNumberHash: "n1", birthDate: "2001-01-30" });
    const d = record({ provider: "sfpme", nationalNumberHash: "n9", birthDate: "1999-12-31" });
    const e = record({ provider: "cefa", nationalNumberHash: "n8", birthDate: "2005-04-09" });
    const pairs: string[] = [];
    forEachCandidatePair([a, b, c, d, e], (x, y) =>
      pairs.push(
        [x, y]
          .map((r) => r.providerLearnerId)
          .sort()
          .join("-"),
      ),
    );
    const expected = [
      [a, b],
      [b, e],
      [a, c],
      [b, c],
    ].map((pair) =>
      pair
        .map((r) => r.providerLearnerId)
        .sort()
        .join("-"),
    );
    expect(pairs.sort()).toEqual(expected.sort());
  });
});
