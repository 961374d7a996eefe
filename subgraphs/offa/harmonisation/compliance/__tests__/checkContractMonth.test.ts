import { contract } from "./contractFacts";
import { checkContractMonth } from "../checkContractMonth";
import { CONTRACT_CHECK_CODES, specifiedChecks } from "../specifiedChecks";

const codesOf = (findings: { code: string }[]) => findings.map((f) => f.code);

describe("specifiedChecks", () => {
  it("lists each check once, with a stable UPPER_SNAKE code and the domain.md section it enforces", () => {
    expect(new Set(CONTRACT_CHECK_CODES).size).toBe(specifiedChecks.length);
    for (const check of specifiedChecks) {
      expect(check.code).toMatch(/^[A-Z0-9]+(_[A-Z0-9]+)*$/);
      expect(check.source).toMatch(/^§\d+$/);
    }
  });

  it("keeps the six original checks in their report order", () => {
    const original = [
      "PAY_BELOW_MINIMUM",
      "OVER_38_HOURS",
      "UNDER_20_COMPANY_HOURS",
      "AGE_AT_SIGNATURE",
      "NO_ACCREDITATION",
      "OVERLAPPING_CONTRACT",
    ];
    expect(CONTRACT_CHECK_CODES.filter((code) => original.includes(code))).toEqual(original);
  });
});

describe("checkContractMonth", () => {
  it("flags nothing and leaves only the status check unevaluated for a compliant contract without dated statuses", () => {
    expect(checkContractMonth(contract(), "2023-03")).toEqual({
      month: "2023-03",
      scope: "CONTRAT_ALTERNANCE",
      flags: [],
      notEvaluated: [
        {
          code: "END_REASON_VS_STATUSES",
          reason: "the provider records only the current status, not dated statuses",
        },
      ],
    });
  });

  it("reports several flags at once, in the registry order", () => {
    const result = checkContractMonth(
      contract({
        payPeriods: [{ from: "2023-01-01", amountCents: 100 }],
        companyHoursPerWeek: 18,
        centreHoursPerWeek: 22,
        learnerBirthDate: "2010-01-01",
        accreditations: [],
        endedOn: "2023-05-31",
      }),
      "2023-03",
    );
    expect(codesOf(result.flags)).toEqual([
      "PAY_BELOW_MINIMUM",
      "OVER_38_HOURS",
      "UNDER_20_COMPANY_HOURS",
      "AGE_AT_SIGNATURE",
      "NO_ACCREDITATION",
      "AGREMENT_NOT_IN_FORCE",
      "END_REASON_VS_DATES",
    ]);
  });

  it("applies to the contrat d'alternance only: a distinct arrangement gets every check unevaluated", () => {
    const result = checkContractMonth(
      contract({
        contractType: "CAI",
        payPeriods: [{ from: "2023-01-01", amountCents: 1 }],
        companyHoursPerWeek: 40,
      }),
      "2023-03",
    );
    expect(result.scope).toBe("OTHER_ARRANGEMENT");
    expect(result.flags).toEqual([]);
    expect(codesOf(result.notEvaluated)).toEqual([...CONTRACT_CHECK_CODES]);
    expect(result.notEvaluated[0].reason).toContain("contract type CAI is a distinct arrangement");
  });

  it("evaluates nothing for an unmapped contract type", () => {
    const result = checkContractMonth(contract({ contractType: null }), "2023-03");
    expect(result.scope).toBe("TYPE_UNMAPPED");
    expect(result.flags).toEqual([]);
    expect(codesOf(result.notEvaluated)).toEqual([...CONTRACT_CHECK_CODES]);
  });

  it("does not evaluate the per-month checks in a month the contract does not run in", () => {
    const result = checkContractMonth(contract(), "2023-10");
    expect(result.flags).toEqual([]);
    expect(codesOf(result.notEvaluated)).toEqual([
      "PAY_BELOW_MINIMUM",
      "TRAINING_AFTER_AGE_LIMIT",
      "AGREMENT_NOT_IN_FORCE",
      "OVERLAPPING_CONTRACT",
      "END_REASON_VS_STATUSES",
    ]);
  });
});
