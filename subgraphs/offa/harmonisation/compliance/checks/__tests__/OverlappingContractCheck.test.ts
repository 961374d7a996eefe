import { monthOf } from "../../__tests__/contractFacts";
import { OverlappingContractCheck } from "../OverlappingContractCheck";

const other = (
  id: string,
  startDate: string,
  endDate: string,
  contractType: string | null = "CONTRAT_ALTERNANCE",
) => ({
  id,
  startDate,
  endDate,
  contractType,
  tradeCode: "MENUISIER",
});

describe("OverlappingContractCheck", () => {
  // The fixture runs 2023-01-01 to 2023-09-30; another contrat d'alternance runs 2023-03-10 to 2023-04-05.
  const otherContracts = [other("IFAPME-77", "2023-03-10", "2023-04-05")];
  const check = (month: string, overrides = {}) =>
    OverlappingContractCheck.check(monthOf(month, { otherContracts, ...overrides }));

  it("has a stable code and cites domain.md §2", () => {
    expect([OverlappingContractCheck.code, OverlappingContractCheck.source]).toEqual([
      "OVERLAPPING_CONTRACT",
      "§2",
    ]);
  });

  it("flags exactly the months another contrat d'alternance shares a day in, at any provider", () => {
    expect(check("2023-03")).toEqual({
      kind: "FLAG",
      reason:
        "contract C1 (2023-01-01 to 2023-09-30) overlaps contrat d'alternance IFAPME-77 (2023-03-10 to 2023-04-05) in 2023-03; a learner may not hold two at the same time (domain.md §2)",
    });
    expect(check("2023-04").kind).toBe("FLAG");
    expect(check("2023-02")).toEqual({ kind: "PASS" });
    expect(check("2023-05")).toEqual({ kind: "PASS" });
  });

  it("judges the contract's own days: an overlap before its start in the same month does not count", () => {
    const facts = { startDate: "2023-03-15", otherContracts: [other("X", "2023-02-01", "2023-03-14")] };
    expect(check("2023-03", facts)).toEqual({ kind: "PASS" });
  });

  it.each([
    ["an overlapping distinct arrangement", [other("X", "2023-01-01", "2023-12-31", "CTTP")]],
    ["the contract itself", [other("C1", "2023-01-01", "2023-09-30")]],
  ])("passes %s", (_name, contracts) => {
    expect(check("2023-03", { otherContracts: contracts })).toEqual({ kind: "PASS" });
  });

  it("does not evaluate an overlapping contract whose type is unmapped, or a month outside the contract", () => {
    expect(check("2023-03", { otherContracts: [other("X", "2023-03-01", "2023-03-31", null)] })).toEqual({
      kind: "NOT_EVALUATED",
      reason: "overlapping contract X (2023-03-01 to 2023-03-31) has an UNMAPPED type",
    });
    expect(check("2023-10").kind).toBe("NOT_EVALUATED");
  });
});
