import { compareIdentities, type IdentityRecord } from "..";

/** A record at CEFA with a register number; `change` gives the other side's differences. */
function record(change: Partial<IdentityRecord> = {}): IdentityRecord {
  return {
    provider: "cefa",
    providerLearnerId: "FWB00000001",
    nationalNumberHash: "hash-niss-1",
    nationalNumberKind: "NISS",
    lastName: "Lefèvre",
    firstName: "Marie Claire",
    birthDate: "2006-03-07",
    sex: "F",
    postcode: "4000",
    ...change,
  };
}

const other = (change: Partial<IdentityRecord> = {}) =>
  record({ provider: "ifapme", providerLearnerId: "IF0000001", ...change });

describe("compareIdentities", () => {
  it("answers EXACT for the same number and the same identity, case, accents and hyphens aside", () => {
    expect(compareIdentities(record(), other()).quality).toBe("EXACT");
    expect(
      compareIdentities(record(), other({ lastName: "LEFEVRE", firstName: "marie-claire" })).quality,
    ).toBe("EXACT");
  });

  it("answers EXACT when given names are swapped or shortened", () => {
    expect(compareIdentities(record(), other({ firstName: "Claire Marie" })).evidence.givenNames).toBe(
      "SAME",
    );
    expect(compareIdentities(record(), other({ firstName: "Claire Marie" })).quality).toBe("EXACT");
    const shortened = compareIdentities(record(), other({ firstName: "Marie" }));
    expect(shortened.evidence.givenNames).toBe("SHORTENED");
    expect(shortened.quality).toBe("EXACT");
  });

  it("answers NEEDS_UPDATE for the same number with a new postcode, a typo or a day/month swap", () => {
    expect(compareIdentities(record(), other({ postcode: "1000" })).quality).toBe("NEEDS_UPDATE");
    const typo = compareIdentities(record(), other({ lastName: "Lefèbvre" }));
    expect(typo.evidence.familyName).toBe("TYPO");
    expect(typo.quality).toBe("NEEDS_UPDATE");
    const swapped = compareIdentities(record(), other({ birthDate: "2006-07-03" }));
    expect(swapped.evidence.birthDate).toBe("TRANSPOSED");
    expect(swapped.quality).toBe("NEEDS_UPDATE");
  });

  it("answers NEEDS_UPDATE for the same number, family, birth date and sex when the given names differ", () => {
    expect(compareIdentities(record(), other({ firstName: "Mellanie" })).quality).toBe("NEEDS_UPDATE");
  });

  it("answers POSSIBLE for the same number on a plainly different identity", () => {
    expect(
      compareIdentities(record(), other({ lastName: "Dupont", firstName: "Lucas", sex: "M" })).quality,
    ).toBe("POSSIBLE");
  });

  it("answers NEEDS_UPDATE for a BIS number replaced by a NISS with identical name, birth date and commune", () => {
    const bis = record({ nationalNumberHash: "hash-bis-1", nationalNumberKind: "BIS" });
    const result = compareIdentities(bis, other());
    expect(result.evidence.nationalNumber).toBe("BIS_REPLACED");
    expect(result.quality).toBe("NEEDS_UPDATE");
  });

  it("keeps a BIS → NISS match with any other difference for a human (POSSIBLE)", () => {
    const bis = record({ nationalNumberHash: "hash-bis-1", nationalNumberKind: "BIS" });
    expect(compareIdentities(bis, other({ postcode: "1000" })).quality).toBe("POSSIBLE");
    expect(compareIdentities(bis, other({ firstName: "Marie" })).quality).toBe("POSSIBLE");
    expect(compareIdentities(bis, other({ lastName: "Lefèbvre" })).quality).toBe("POSSIBLE");
    expect(compareIdentities(bis, other({ lastName: "Dupont" })).quality).toBe("NONE");
  });

  it("answers POSSIBLE, never a link, for two different register numbers on one identity (namesakes)", () => {
    expect(compareIdentities(record(), other({ nationalNumberHash: "hash-niss-2" })).quality).toBe(
      "POSSIBLE",
    );
    expect(
      compareIdentities(record(), other({ nationalNumberHash: "hash-niss-2", birthDate: "2006-07-03" }))
        .quality,
    ).toBe("NONE");
  });

  it("answers POSSIBLE at best when a side has no number", () => {
    const missing = other({ nationalNumberHash: null, nationalNumberKind: null });
    expect(compareIdentities(record(), missing).quality).toBe("POSSIBLE");
    expect(compareIdentities(record(), { ...missing, birthDate: "2006-07-03" }).quality).toBe("POSSIBLE");
    expect(compareIdentities(record(), { ...missing, sex: "M" }).quality).toBe("NONE");
  });

  it("answers NONE for different birth dates without the same number", () => {
    expect(
      compareIdentities(record(), other({ nationalNumberHash: "x", birthDate: "2006-03-08" })).quality,
    ).toBe("NONE");
  });
});
