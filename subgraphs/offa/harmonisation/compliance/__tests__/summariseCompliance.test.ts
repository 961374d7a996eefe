import { contract, levels } from "./contractFacts";
import { evaluateContractMonths } from "../evaluateContractMonths";
import { monthsBetween } from "../contractMonths";
import { summariseCompliance, type ContractComplianceSummary } from "../summariseCompliance";
import { sumComplianceByProvider } from "../sumComplianceByProvider";

describe("summariseCompliance", () => {
  // 2023-01 to 2024-06, level A, pay 332.35 € throughout, 19 h a week in the company; another contrat
  // d'alternance runs through February 2024.
  const summary = summariseCompliance(
    evaluateContractMonths(
      contract({
        plannedEndDate: "2024-06-30",
        companyHoursPerWeek: 19,
        centreHoursPerWeek: 12,
        levelTimeline: levels(["P1", "2023-01-01"]),
        otherContracts: [
          {
            id: "X",
            startDate: "2024-02-10",
            endDate: "2024-02-20",
            contractType: "CONTRAT_ALTERNANCE",
            tradeCode: "MENUISIER",
          },
        ],
      }),
      "2026-06-30",
    ),
  );

  it("counts the months checked over the contract's life", () => {
    expect(summary).toMatchObject({
      scope: "CONTRAT_ALTERNANCE",
      firstMonth: "2023-01",
      lastMonth: "2024-06",
      monthsChecked: 18,
    });
  });

  it("gives the months flagged by code, in registry order, and the months with any flag", () => {
    expect(summary.flagged).toEqual([
      { code: "PAY_BELOW_MINIMUM", months: monthsBetween("2023-11", "2024-06") },
      { code: "UNDER_20_COMPANY_HOURS", months: monthsBetween("2023-01", "2024-06") },
      { code: "OVERLAPPING_CONTRACT", months: ["2024-02"] },
    ]);
    expect(summary.monthsFlagged).toEqual(monthsBetween("2023-01", "2024-06"));
  });

  it("gives the months not evaluated by code, grouped by reason", () => {
    expect(summary.notEvaluated.map((n) => n.code)).toEqual(["PAY_BELOW_MINIMUM", "END_REASON_VS_STATUSES"]);
    const [pay, statuses] = summary.notEvaluated;
    expect(pay.months).toEqual(["2023-10"]);
    expect(pay.reasons).toEqual([
      { reason: expect.stringContaining("the RMMMG is unknown for 2023-10-01"), months: ["2023-10"] },
    ]);
    expect(statuses.months).toHaveLength(18);
    expect(statuses.reasons).toEqual([
      {
        reason: "the provider records only the current status, not dated statuses",
        months: monthsBetween("2023-01", "2024-06"),
      },
    ]);
  });

  it("summarises a contract that has not started as nothing checked", () => {
    expect(summariseCompliance(evaluateContractMonths(contract(), "2022-06-30"))).toEqual({
      scope: "CONTRAT_ALTERNANCE",
      firstMonth: null,
      lastMonth: null,
      monthsChecked: 0,
      monthsFlagged: [],
      flagged: [],
      notEvaluated: [],
    });
  });
});

describe("sumComplianceByProvider", () => {
  const summary = (overrides: Partial<ContractComplianceSummary>): ContractComplianceSummary => ({
    scope: "CONTRAT_ALTERNANCE",
    firstMonth: "2023-01",
    lastMonth: "2023-12",
    monthsChecked: 12,
    monthsFlagged: [],
    flagged: [],
    notEvaluated: [],
    ...overrides,
  });

  it("sums contract-months per provider over the period only", () => {
    const totals = sumComplianceByProvider(
      [
        {
          provider: "CEFA",
          summary: summary({
            monthsFlagged: ["2023-02", "2023-11"],
            flagged: [
              { code: "OVERLAPPING_CONTRACT", months: ["2023-11"] },
              { code: "PAY_BELOW_MINIMUM", months: ["2023-02", "2023-11"] },
            ],
            notEvaluated: [
              {
                code: "PAY_BELOW_MINIMUM",
                months: ["2023-10"],
                reasons: [{ reason: "r", months: ["2023-10"] }],
              },
            ],
          }),
        },
        {
          provider: "CEFA",
          summary: summary({
            firstMonth: "2023-09",
            lastMonth: "2024-03",
            monthsFlagged: ["2023-09"],
            flagged: [{ code: "PAY_BELOW_MINIMUM", months: ["2023-09"] }],
          }),
        },
        { provider: "IFAPME", summary: summary({ scope: "OTHER_ARRANGEMENT" }) },
        { provider: "IFAPME", summary: summary({ firstMonth: "2024-01", lastMonth: "2024-06" }) },
      ],
      { from: "2023-06", to: "2023-12" },
    );
    expect(totals).toEqual([
      {
        provider: "CEFA",
        contracts: 2,
        contractsOutOfScope: 0,
        // 2023-06..12 of the first (7) and 2023-09..12 of the second (4).
        monthsChecked: 11,
        monthsFlagged: 2,
        flagged: [
          { code: "PAY_BELOW_MINIMUM", months: 2, contracts: 2 },
          { code: "OVERLAPPING_CONTRACT", months: 1, contracts: 1 },
        ],
        notEvaluated: [{ code: "PAY_BELOW_MINIMUM", months: 1, contracts: 1 }],
      },
      {
        provider: "IFAPME",
        contracts: 0,
        contractsOutOfScope: 1,
        monthsChecked: 0,
        monthsFlagged: 0,
        flagged: [],
        notEvaluated: [],
      },
    ]);
  });
});
