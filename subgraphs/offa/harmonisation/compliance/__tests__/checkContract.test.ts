import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildLevelTimeline } from "../../levels/levelTimeline";
import { parseLevelPayShareFile } from "../../pay/parseLevelPayShareFile";
import { parseRmmmgFile } from "../../pay/parseRmmmgFile";
import type { MappingRule } from "../../rules/MappingRule";
import { RuleBook } from "../../rules/RuleBook";
import { CONTRACT_CHECK_CODES, checkContract, type ContractCheckInput } from "../checkContract";

const REFERENCE = resolve(__dirname, "../../../../../schema/mappings/reference");
const rmmmg = parseRmmmgFile("rmmmg.csv", readFileSync(`${REFERENCE}/rmmmg.csv`, "utf8")).rows;
const levelPayShares = parseLevelPayShareFile(
  "s.csv",
  readFileSync(`${REFERENCE}/level-pay-shares.csv`, "utf8"),
).rows;

const levelRule = (sourceCode: string, targetCode: string): MappingRule => ({
  namespace: "cefa",
  kind: "LEVEL",
  sourceCode,
  targetCode,
  relationship: "EQUIVALENT",
  validFrom: "2015-09-01",
  validTo: null,
  version: 1,
  source: "test",
});
const book = RuleBook.fromRows({
  ruleSetId: 1,
  rules: [levelRule("P1", "A"), levelRule("P2", "B")],
  rmmmg,
  levelPayShares,
  schoolYearWeeks: [],
});
const levels = (...records: [string, string][]) =>
  buildLevelTimeline({
    namespace: "cefa",
    records: records.map(([code, effectiveFrom]) => ({ code, effectiveFrom })),
    ruleBook: book,
    asOf: "2025-12-31",
  });

/** A contract that passes every check: each test changes one thing. */
function contract(overrides: Partial<ContractCheckInput> = {}): ContractCheckInput {
  return {
    id: "C1",
    contractType: "CONTRAT_ALTERNANCE",
    signatureDate: "2022-08-25",
    startDate: "2022-09-01",
    endDate: "2025-06-30",
    companyHoursPerWeek: 26,
    centreHoursPerWeek: 12,
    monthlyPayCents: 33235,
    learnerBirthDate: "2006-05-10",
    establishmentUnitNumber: "2123456789",
    tradeCode: "MENUISIER",
    otherContracts: [
      { id: "C0", startDate: "2021-09-01", endDate: "2022-06-30", contractType: "CONTRAT_ALTERNANCE" },
    ],
    accreditations: [{ trade: "MENUISIER", status: "ACTIVE", decidedOn: "2022-06-15", withdrawnOn: null }],
    levelTimeline: levels(["P1", "2022-09-01"]),
    rmmmg,
    levelPayShares,
    month: "2023-03",
    ...overrides,
  };
}

const codesOf = (findings: { code: string }[]) => findings.map((f) => f.code);

describe("checkContract", () => {
  it("flags nothing and leaves nothing unevaluated for a compliant contrat d'alternance", () => {
    expect(checkContract(contract())).toEqual({ scope: "CONTRAT_ALTERNANCE", flags: [], notEvaluated: [] });
  });

  describe("PAY_BELOW_MINIMUM", () => {
    it("flags pay below RMMMG × level share, with the numbers", () => {
      expect(checkContract(contract({ monthlyPayCents: 30000 })).flags).toEqual([
        { code: "PAY_BELOW_MINIMUM", reason: "pay 300.00 € < minimum 332.35 € for level A in 2023-03" },
      ]);
    });

    it("does not flag pay one cent above or equal to the minimum, and flags one cent below", () => {
      expect(checkContract(contract({ monthlyPayCents: 33235 })).flags).toEqual([]);
      expect(codesOf(checkContract(contract({ monthlyPayCents: 33234 })).flags)).toEqual([
        "PAY_BELOW_MINIMUM",
      ]);
    });

    it("uses the level of each day when the level changes inside the month", () => {
      // March 2023, RMMMG 195499: A days 1-14, B days 15-31 → 195499 × (17×14 + 24×17) = 126 292 354 / 3100 = 40 739.47… → 407.39 €.
      const result = checkContract(
        contract({
          levelTimeline: levels(["P1", "2022-09-01"], ["P2", "2023-03-15"]),
          monthlyPayCents: 40738,
        }),
      );
      expect(result.flags).toEqual([
        {
          code: "PAY_BELOW_MINIMUM",
          reason:
            "pay 407.38 € < minimum 407.39 € for levels A, B pro rata by day " +
            "(A 2023-03-01 to 2023-03-14: 1954.99 € × 17 %; B 2023-03-15 to 2023-03-31: 1954.99 € × 24 %) in 2023-03",
        },
      ]);
      expect(
        checkContract(
          contract({
            levelTimeline: levels(["P1", "2022-09-01"], ["P2", "2023-03-15"]),
            monthlyPayCents: 40739,
          }),
        ).flags,
      ).toEqual([]);
    });

    it("judges a first month on the contract's own days", () => {
      // Start 2023-03-20: the days before have no level, and no bearing; level A from then on.
      const result = checkContract(
        contract({
          startDate: "2023-03-20",
          levelTimeline: levels(["P1", "2023-03-20"]),
          otherContracts: [],
          accreditations: [
            { trade: "MENUISIER", status: "ACTIVE", decidedOn: "2023-01-10", withdrawnOn: null },
          ],
          monthlyPayCents: 33234,
        }),
      );
      expect(result.notEvaluated).toEqual([]);
      expect(result.flags).toEqual([
        {
          code: "PAY_BELOW_MINIMUM",
          reason: expect.stringContaining(
            "pay 332.34 € < minimum 332.35 € for level A pro rata by day (A 2023-03-20 to 2023-03-31",
          ),
        },
      ]);
    });

    it.each([
      [
        "a month whose RMMMG is unknown",
        { month: "2023-10" },
        "the minimum for 2023-10 cannot be computed: the RMMMG is unknown for 2023-10-01 to 2023-10-31 (no known amount, domain.md §11.5)",
      ],
      [
        "an unmapped level code",
        { levelTimeline: levels(["P1", "2022-09-01"], ["P7", "2023-03-10"]) },
        "cefa level code P7 is UNMAPPED from 2023-03-10",
      ],
      [
        "no level recorded yet",
        { levelTimeline: levels(["P1", "2023-03-05"]) },
        "no level decision is recorded for 2023-03-01 to 2023-03-04",
      ],
      [
        "a month outside the contract",
        { month: "2025-07" },
        "the contract does not run in 2025-07 (it runs 2022-09-01 to 2025-06-30)",
      ],
    ])("does not evaluate (never flags, never passes) for %s", (_name, overrides, reason) => {
      const result = checkContract(contract({ monthlyPayCents: 1, ...overrides }));
      expect(result.flags).toEqual([]);
      expect(result.notEvaluated).toEqual([
        { code: "PAY_BELOW_MINIMUM", reason: expect.stringContaining(reason) },
      ]);
    });
  });

  describe("OVER_38_HOURS", () => {
    it("flags company + centre above 38 h a week", () => {
      expect(checkContract(contract({ companyHoursPerWeek: 27, centreHoursPerWeek: 12 })).flags).toEqual([
        {
          code: "OVER_38_HOURS",
          reason: "company 27.0 h + centre 12.0 h = 39.0 h a week > 38 h on average (domain.md §2)",
        },
      ]);
    });

    it.each([
      [26, 12],
      [25.1, 12.9],
      [30, 8],
    ])("does not flag %s h + %s h (38 h is allowed)", (company, centre) => {
      expect(
        checkContract(contract({ companyHoursPerWeek: company, centreHoursPerWeek: centre })).flags,
      ).toEqual([]);
    });

    it("flags 38.1 h", () => {
      expect(
        codesOf(checkContract(contract({ companyHoursPerWeek: 26.1, centreHoursPerWeek: 12 })).flags),
      ).toEqual(["OVER_38_HOURS"]);
    });
  });

  describe("UNDER_20_COMPANY_HOURS", () => {
    it("flags fewer than 20 h a week in the company", () => {
      expect(checkContract(contract({ companyHoursPerWeek: 19.5 })).flags).toEqual([
        { code: "UNDER_20_COMPANY_HOURS", reason: "company 19.5 h a week < 20 h on average (domain.md §2)" },
      ]);
    });

    it("does not flag exactly 20 h", () => {
      expect(checkContract(contract({ companyHoursPerWeek: 20 })).flags).toEqual([]);
    });

    it("does not evaluate hours that are not numbers", () => {
      const result = checkContract(contract({ companyHoursPerWeek: Number.NaN }));
      expect(result.flags).toEqual([]);
      expect(codesOf(result.notEvaluated)).toEqual(["OVER_38_HOURS", "UNDER_20_COMPANY_HOURS"]);
    });
  });

  describe("AGE_AT_SIGNATURE", () => {
    it.each([
      [
        "2007-08-26",
        "learner aged 14 at signature on 2022-08-25 (born 2007-08-26); the minimum is 15 (domain.md §2)",
      ],
      [
        "1997-08-25",
        "learner aged 25 at signature on 2022-08-25 (born 1997-08-25); the contract must be concluded before 25 (domain.md §2; derogations exist, e.g. Brussels learners)",
      ],
    ])("flags a learner born %s", (birth, reason) => {
      expect(checkContract(contract({ learnerBirthDate: birth })).flags).toEqual([
        { code: "AGE_AT_SIGNATURE", reason },
      ]);
    });

    it.each(["2007-08-25", "1997-08-26"])(
      "does not flag a learner born %s (15, or 24 the day before turning 25)",
      (birth) => {
        expect(checkContract(contract({ learnerBirthDate: birth })).flags).toEqual([]);
      },
    );

    it("does not evaluate without a birth date", () => {
      expect(checkContract(contract({ learnerBirthDate: null })).notEvaluated).toEqual([
        { code: "AGE_AT_SIGNATURE", reason: "the learner's birth date is unknown" },
      ]);
    });
  });

  describe("NO_ACCREDITATION", () => {
    const acc = (
      status: "ACTIVE" | "SUSPENDED" | "WITHDRAWN" | "REFUSED",
      decidedOn: string,
      withdrawnOn: string | null = null,
      trade = "MENUISIER",
    ) => ({
      trade,
      status,
      decidedOn,
      withdrawnOn,
    });

    it.each([
      ["no agrément at all", [], "(found: none for this trade)"],
      [
        "an agrément for another trade only",
        [acc("ACTIVE", "2022-01-10", null, "COIFFEUR")],
        "(found: none for this trade)",
      ],
      [
        "an agrément decided after the start",
        [acc("ACTIVE", "2022-09-02")],
        "(found: ACTIVE decided 2022-09-02)",
      ],
      [
        "an agrément withdrawn before the start",
        [acc("WITHDRAWN", "2020-01-10", "2022-08-31")],
        "(found: WITHDRAWN decided 2020-01-10 withdrawn 2022-08-31)",
      ],
      ["a refused request", [acc("REFUSED", "2022-06-15")], "(found: REFUSED decided 2022-06-15)"],
    ])("flags %s", (_name, accreditations, found) => {
      const result = checkContract(contract({ accreditations }));
      expect(result.flags).toEqual([
        {
          code: "NO_ACCREDITATION",
          reason: `no agrément in force for unit 2123456789 and trade MENUISIER on the start 2022-09-01 ${found}; it must exist before the contract (domain.md §4)`,
        },
      ]);
    });

    it.each([
      ["ACTIVE decided on the start day", [acc("ACTIVE", "2022-09-01")]],
      ["withdrawn only after the start", [acc("WITHDRAWN", "2020-01-10", "2023-01-31")]],
      ["one good among bad ones", [acc("REFUSED", "2019-01-01"), acc("ACTIVE", "2021-03-01")]],
    ])("does not flag an agrément %s", (_name, accreditations) => {
      expect(checkContract(contract({ accreditations })).flags).toEqual([]);
    });

    it("does not evaluate a SUSPENDED agrément (when it was suspended is not recorded)", () => {
      const result = checkContract(contract({ accreditations: [acc("SUSPENDED", "2021-03-01")] }));
      expect(result.flags).toEqual([]);
      expect(codesOf(result.notEvaluated)).toEqual(["NO_ACCREDITATION"]);
    });

    it("does not evaluate an unmapped trade", () => {
      const result = checkContract(contract({ tradeCode: null }));
      expect(result.flags).toEqual([]);
      expect(result.notEvaluated).toEqual([
        { code: "NO_ACCREDITATION", reason: expect.stringContaining("the trade has no single common trade") },
      ]);
    });
  });

  describe("OVERLAPPING_CONTRACT", () => {
    it("flags another contrat d'alternance sharing even one day, at any provider", () => {
      const otherContracts = [
        {
          id: "IFAPME-77",
          startDate: "2020-09-01",
          endDate: "2022-09-01",
          contractType: "CONTRAT_ALTERNANCE",
        },
      ];
      expect(checkContract(contract({ otherContracts })).flags).toEqual([
        {
          code: "OVERLAPPING_CONTRACT",
          reason:
            "contract C1 (2022-09-01 to 2025-06-30) overlaps contrat d'alternance IFAPME-77 (2020-09-01 to 2022-09-01); a learner may not hold two at the same time (domain.md §2)",
        },
      ]);
    });

    it.each([
      [
        "one ending the day before",
        [{ id: "X", startDate: "2020-09-01", endDate: "2022-08-31", contractType: "CONTRAT_ALTERNANCE" }],
      ],
      [
        "an overlapping distinct arrangement",
        [{ id: "X", startDate: "2022-01-01", endDate: "2023-12-31", contractType: "CTTP" }],
      ],
      [
        "the contract itself",
        [{ id: "C1", startDate: "2022-09-01", endDate: "2025-06-30", contractType: "CONTRAT_ALTERNANCE" }],
      ],
    ])("does not flag %s", (_name, otherContracts) => {
      expect(checkContract(contract({ otherContracts })).flags).toEqual([]);
    });

    it("does not evaluate an overlapping contract whose type is unmapped", () => {
      const otherContracts = [
        { id: "X", startDate: "2023-01-01", endDate: "2023-12-31", contractType: null },
      ];
      const result = checkContract(contract({ otherContracts }));
      expect(result.flags).toEqual([]);
      expect(result.notEvaluated).toEqual([
        {
          code: "OVERLAPPING_CONTRACT",
          reason: "overlapping contract X (2023-01-01 to 2023-12-31) has an UNMAPPED type",
        },
      ]);
    });
  });

  describe("scope", () => {
    it("applies to the contrat d'alternance only: a distinct arrangement gets every check unevaluated", () => {
      const result = checkContract(
        contract({ contractType: "CAI", monthlyPayCents: 1, companyHoursPerWeek: 40 }),
      );
      expect(result.scope).toBe("OTHER_ARRANGEMENT");
      expect(result.flags).toEqual([]);
      expect(codesOf(result.notEvaluated)).toEqual([...CONTRACT_CHECK_CODES]);
      expect(result.notEvaluated[0].reason).toContain("contract type CAI is a distinct arrangement");
    });

    it("evaluates nothing for an unmapped contract type", () => {
      const result = checkContract(contract({ contractType: null }));
      expect(result.scope).toBe("TYPE_UNMAPPED");
      expect(result.flags).toEqual([]);
      expect(codesOf(result.notEvaluated)).toEqual([...CONTRACT_CHECK_CODES]);
    });

    it("reports several flags at once, in the registry order", () => {
      const result = checkContract(
        contract({
          monthlyPayCents: 100,
          companyHoursPerWeek: 18,
          centreHoursPerWeek: 22,
          learnerBirthDate: "2010-01-01",
          accreditations: [],
        }),
      );
      expect(codesOf(result.flags)).toEqual([
        "PAY_BELOW_MINIMUM",
        "OVER_38_HOURS",
        "UNDER_20_COMPANY_HOURS",
        "AGE_AT_SIGNATURE",
        "NO_ACCREDITATION",
      ]);
    });
  });
});
