import { compareWithSearchedIdentity } from "../compareWithSearchedIdentity";

const searched = { lastName: "De Smet", firstName: "Marie Claire", birthDate: "2006-03-07" };

describe("compareWithSearchedIdentity", () => {
  it.each([
    [
      "the identity as searched",
      { lastName: "De Smet", firstName: "Marie Claire", birthDate: "2006-03-07" },
      "EXACT",
    ],
    [
      "accents, case and particles written together",
      { lastName: "DESMET", firstName: "Marie Clairé", birthDate: "2006-03-07" },
      "EXACT",
    ],
    [
      "given names swapped",
      { lastName: "De Smet", firstName: "Claire Marie", birthDate: "2006-03-07" },
      "EXACT",
    ],
    ["one given name only", { lastName: "De Smet", firstName: "Marie", birthDate: "2006-03-07" }, "EXACT"],
    [
      "a typo in the family name",
      { lastName: "De Smit", firstName: "Marie Claire", birthDate: "2006-03-07" },
      "NEEDS_UPDATE",
    ],
    [
      "day and month swapped",
      { lastName: "De Smet", firstName: "Marie Claire", birthDate: "2006-07-03" },
      "NEEDS_UPDATE",
    ],
    [
      "a typo and a swap",
      { lastName: "De Smit", firstName: "Marie Claire", birthDate: "2006-07-03" },
      "NEEDS_UPDATE",
    ],
    [
      "three discrepancies",
      { lastName: "De Smit", firstName: "Marie Clare", birthDate: "2006-07-03" },
      "POSSIBLE",
    ],
    [
      "a sibling born the same day",
      { lastName: "De Smet", firstName: "Lucas", birthDate: "2006-03-07" },
      "POSSIBLE",
    ],
    ["another family", { lastName: "Dupont", firstName: "Marie Claire", birthDate: "2006-03-07" }, "NONE"],
    [
      "another birth date",
      { lastName: "De Smet", firstName: "Marie Claire", birthDate: "2006-03-08" },
      "NONE",
    ],
  ])("judges %s %s", (_, record, quality) => {
    expect(compareWithSearchedIdentity(searched, record).quality).toBe(quality);
  });

  it("reports the comparison of each field", () => {
    expect(
      compareWithSearchedIdentity(searched, {
        lastName: "De Smit",
        firstName: "Marie",
        birthDate: "2006-07-03",
      }),
    ).toEqual({
      quality: "NEEDS_UPDATE",
      familyName: "TYPO",
      givenNames: "SHORTENED",
      birthDate: "TRANSPOSED",
    });
  });
});
