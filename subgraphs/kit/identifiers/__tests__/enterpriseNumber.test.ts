import {
  enterpriseCheckDigits,
  formatEnterpriseNumber,
  formatEstablishmentUnitNumber,
  isValidEnterpriseNumber,
  isValidEstablishmentUnitNumber,
  normalizeEnterpriseNumber,
} from "../enterpriseNumber";

describe("isValidEnterpriseNumber", () => {
  it.each(["0403019261", "0428759497", "0440966354", "0831797467"])(
    "accepts the domain.md worked example %s",
    (value) => {
      expect(isValidEnterpriseNumber(value)).toBe(true);
    },
  );

  it("accepts dots, the BE prefix and the old 9-digit form", () => {
    expect(isValidEnterpriseNumber("0403.019.261")).toBe(true);
    expect(isValidEnterpriseNumber("BE0403019261")).toBe(true);
    expect(isValidEnterpriseNumber("be 0403.019.261")).toBe(true);
    expect(isValidEnterpriseNumber("403019261")).toBe(true);
  });

  it("accepts a check part of 97 (base divisible by 97)", () => {
    expect(enterpriseCheckDigits("04287594")).toBe("97");
  });

  it("rejects a wrong check digit", () => {
    expect(isValidEnterpriseNumber("0403019262")).toBe(false);
    expect(isValidEnterpriseNumber("0403019200")).toBe(false);
  });

  it("rejects wrong lengths and letters", () => {
    expect(isValidEnterpriseNumber("04030192")).toBe(false);
    expect(isValidEnterpriseNumber("04030192611")).toBe(false);
    expect(isValidEnterpriseNumber("04O3019261")).toBe(false);
  });

  it("rejects a first digit other than 0 or 1, even with a right check", () => {
    const first8 = "24030192";
    expect(isValidEnterpriseNumber(first8 + enterpriseCheckDigits(first8))).toBe(false);
    const issuedLater = "14030192";
    expect(isValidEnterpriseNumber(issuedLater + enterpriseCheckDigits(issuedLater))).toBe(true);
  });
});

describe("normalizeEnterpriseNumber and formatEnterpriseNumber", () => {
  it("normalises every accepted spelling to 10 digits", () => {
    expect(normalizeEnterpriseNumber("BE 0403.019.261")).toBe("0403019261");
    expect(normalizeEnterpriseNumber("403.019.261")).toBe("0403019261");
    expect(normalizeEnterpriseNumber("12")).toBeNull();
  });

  it("formats as 0000.000.000", () => {
    expect(formatEnterpriseNumber("BE0403019261")).toBe("0403.019.261");
  });
});

describe("isValidEstablishmentUnitNumber", () => {
  const first8 = "21234567";
  const unit = first8 + enterpriseCheckDigits(first8);

  it("accepts 10 digits with the MOD-97 check, with or without dots", () => {
    expect(isValidEstablishmentUnitNumber(unit)).toBe(true);
    expect(isValidEstablishmentUnitNumber(formatEstablishmentUnitNumber(unit))).toBe(true);
  });

  it("accepts any first digit, since the BCE rule for it is unknown", () => {
    const zero = "01234567";
    const nine = "91234567";
    expect(isValidEstablishmentUnitNumber(zero + enterpriseCheckDigits(zero))).toBe(true);
    expect(isValidEstablishmentUnitNumber(nine + enterpriseCheckDigits(nine))).toBe(true);
  });

  it("rejects a wrong check digit and a wrong length", () => {
    const wrong = first8 + String((Number(enterpriseCheckDigits(first8)) % 97) + 1).padStart(2, "0");
    expect(isValidEstablishmentUnitNumber(wrong)).toBe(false);
    expect(isValidEstablishmentUnitNumber(unit.slice(0, 9))).toBe(false);
    expect(isValidEstablishmentUnitNumber(`BE${unit}`)).toBe(false);
  });

  it("formats as 9.999.999.999", () => {
    expect(formatEstablishmentUnitNumber("2123456789")).toBe("2.123.456.789");
  });
});
