import {
  birthDateBlockKey,
  compareBirthDates,
  compareFamilyNames,
  compareGivenNames,
  editDistance,
  familyNameKey,
  nameWords,
} from "..";

describe("nameWords and familyNameKey", () => {
  it("lower-case, strip accents, split on hyphens and apostrophes, and join particles", () => {
    expect(nameWords("Jean-Pierre  Noël")).toEqual(["jean", "pierre", "noel"]);
    expect(nameWords("Léa D'Hondt")).toEqual(["lea", "d", "hondt"]);
    expect(familyNameKey("De Smet")).toBe(familyNameKey("desmet"));
    expect(familyNameKey("Maréchal")).toBe("marechal");
  });
});

describe("editDistance", () => {
  it("counts substitutions, insertions, deletions and swaps of neighbours, capped past the limit", () => {
    expect(editDistance("piette", "piete", 2)).toBe(1);
    expect(editDistance("lambert", "lmabert", 2)).toBe(1);
    expect(editDistance("dupont", "dupond", 2)).toBe(1);
    expect(editDistance("dupont", "dumont", 2)).toBe(1);
    expect(editDistance("dupont", "lambert", 2)).toBe(3);
  });
});

describe("compareFamilyNames", () => {
  it("tells a typo from a different name, and never calls short names typos", () => {
    expect(compareFamilyNames("piette", "piete")).toBe("TYPO");
    expect(compareFamilyNames("colin", "colin")).toBe("SAME");
    expect(compareFamilyNames("rey", "roy")).toBe("DIFFERENT");
    expect(compareFamilyNames("dupont", "gilson")).toBe("DIFFERENT");
  });
});

describe("compareGivenNames", () => {
  it("sees order, short forms and typos", () => {
    expect(compareGivenNames(["marie", "claire"], ["claire", "marie"])).toBe("SAME");
    expect(compareGivenNames(["marie"], ["marie", "claire"])).toBe("SHORTENED");
    expect(compareGivenNames(["max"], ["maxime"])).toBe("SHORTENED");
    expect(compareGivenNames(["mathilde"], ["mathlide"])).toBe("TYPO");
    expect(compareGivenNames(["lucas"], ["louis"])).toBe("DIFFERENT");
    expect(compareGivenNames(["claire"], ["marie", "louise"])).toBe("DIFFERENT");
  });
});

describe("compareBirthDates and birthDateBlockKey", () => {
  it("recognise a day/month swap and give both dates one block", () => {
    expect(compareBirthDates("2006-03-07", "2006-07-03")).toBe("TRANSPOSED");
    expect(compareBirthDates("2006-03-07", "2006-03-07")).toBe("SAME");
    expect(compareBirthDates("2006-03-27", "2006-03-28")).toBe("DIFFERENT");
    expect(birthDateBlockKey("2006-07-03")).toBe(birthDateBlockKey("2006-03-07"));
    expect(birthDateBlockKey("2006-03-27")).toBe("2006-03-27");
    expect(birthDateBlockKey("2006-05-05")).toBe("2006-05-05");
  });
});
