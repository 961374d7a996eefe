import { formatNiss, isValidNiss, nissCheckDigits, normalizeNiss, parseNiss } from "../niss";

// Only the two public worked examples of domain.md §8 appear literally; every other valid number is computed
// here at run time (domain.md §11.16).
const withCheck = (first9: string, bornFrom2000: boolean) => first9 + nissCheckDigits(first9, bornFrom2000);
const options = { currentYear: 2026 };

describe("nissCheckDigits", () => {
  it("computes 97 − (first 9 digits mod 97) under the 1900 rule", () => {
    expect(nissCheckDigits("850730033", false)).toBe("28");
  });

  it("prefixes 2 for people born from 2000", () => {
    expect(nissCheckDigits("170730033", true)).toBe("84");
    expect(nissCheckDigits("170730033", false)).toBe("55");
  });

  it("rejects anything but nine digits", () => {
    expect(() => nissCheckDigits("85073003", false)).toThrow(RangeError);
  });
});

describe("parseNiss", () => {
  it("reads the 1900-rule worked example: a man born 30 July 1985", () => {
    expect(parseNiss("85073003328", options)).toEqual({
      birthDate: "1985-07-30",
      sex: "M",
      kind: "NISS",
      century: 1900,
    });
  });

  it("reads the 2000-rule worked example: born 30 July 2017", () => {
    expect(parseNiss("17073003384", options)).toEqual({
      birthDate: "2017-07-30",
      sex: "M",
      kind: "NISS",
      century: 2000,
    });
  });

  it("accepts dots, dashes and spaces", () => {
    expect(parseNiss("85.07.30-033.28", options)?.birthDate).toBe("1985-07-30");
    expect(parseNiss(" 85 07 30 033 28 ", options)?.birthDate).toBe("1985-07-30");
  });

  it("gives an even counter to a woman", () => {
    expect(parseNiss(withCheck("030215124", true), options)).toMatchObject({ sex: "F", century: 2000 });
  });

  it("does not try the 2000 rule for a year still in the future", () => {
    expect(parseNiss("17073003384", { currentYear: 2016 })).toBeNull();
  });

  it("reads a BIS number with month +40 (sex known)", () => {
    expect(parseNiss(withCheck("854730033", false), options)).toEqual({
      birthDate: "1985-07-30",
      sex: "M",
      kind: "BIS",
      century: 1900,
    });
  });

  it("reads a BIS number with month +20 as sex unknown", () => {
    expect(parseNiss(withCheck("052730034", true), options)).toEqual({
      birthDate: "2005-07-30",
      sex: null,
      kind: "BIS",
      century: 2000,
    });
  });

  it("keeps a number with month 00, day 00 or date 000001 valid with an unknown birth date", () => {
    expect(parseNiss(withCheck("850000033", false), options)?.birthDate).toBeNull();
    expect(parseNiss(withCheck("850700033", false), options)?.birthDate).toBeNull();
    expect(parseNiss(withCheck("000001033", false), options)?.birthDate).toBeNull();
    expect(parseNiss(withCheck("854000033", false), options)).toMatchObject({ kind: "BIS", birthDate: null });
  });

  it("rejects a wrong check digit", () => {
    expect(parseNiss("85073003329", options)).toBeNull();
    expect(parseNiss("17073003385", options)).toBeNull();
  });

  it("rejects wrong lengths and foreign characters", () => {
    expect(parseNiss("8507300332", options)).toBeNull();
    expect(parseNiss("850730033280", options)).toBeNull();
    expect(parseNiss("85O73003328", options)).toBeNull();
    expect(parseNiss("", options)).toBeNull();
    expect(parseNiss("00000000000", options)).toBeNull();
  });

  it("rejects impossible months and days, even with a right check", () => {
    expect(parseNiss(withCheck("851330033", false), options)).toBeNull();
    expect(parseNiss(withCheck("853330033", false), options)).toBeNull();
    expect(parseNiss(withCheck("855330033", false), options)).toBeNull();
    expect(parseNiss(withCheck("850230033", false), options)).toBeNull();
    expect(parseNiss(withCheck("040229033", true), options)?.birthDate).toBe("2004-02-29");
    expect(parseNiss(withCheck("050229033", true), options)).toBeNull();
  });
});

describe("isValidNiss", () => {
  it("accepts the worked examples and refuses a wrong check", () => {
    expect(isValidNiss("85073003328", options)).toBe(true);
    expect(isValidNiss("17073003384", options)).toBe(true);
    expect(isValidNiss("85073003327", options)).toBe(false);
  });
});

describe("normalizeNiss and formatNiss", () => {
  it("normalises to 11 digits and formats as YY.MM.DD-SSS.CC", () => {
    expect(normalizeNiss("85.07.30-033.28")).toBe("85073003328");
    expect(normalizeNiss("85.07.30-033")).toBeNull();
    expect(formatNiss("85073003328")).toBe("85.07.30-033.28");
  });

  it("refuses to format something that is not 11 digits", () => {
    expect(() => formatNiss("123")).toThrow(RangeError);
  });
});
