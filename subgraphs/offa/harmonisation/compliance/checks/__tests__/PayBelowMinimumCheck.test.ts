import { contract, levels, monthOf } from "../../__tests__/contractFacts";
import { buildMonthContext } from "../../ContractCheck";
import { PayBelowMinimumCheck } from "../PayBelowMinimumCheck";

// Minimums worked out by hand from domain.md §3 (RMMMG × share, half-up to the cent):
// 2023-01..09: RMMMG 1954.99 € → A 332.35 €, B 469.20 €; 2023-11: 1994.18 € → A 339.01 €.
const check = PayBelowMinimumCheck.check;

describe("PayBelowMinimumCheck", () => {
  it("has a stable code and cites domain.md §3", () => {
    expect(PayBelowMinimumCheck.code).toBe("PAY_BELOW_MINIMUM");
    expect(PayBelowMinimumCheck.source).toBe("§3");
  });

  it("passes pay equal to the minimum and flags one cent below, with the numbers", () => {
    expect(check(monthOf("2023-03"))).toEqual({ kind: "PASS" });
    expect(check(monthOf("2023-03", { payPeriods: [{ from: "2023-01-01", amountCents: 33234 }] }))).toEqual({
      kind: "FLAG",
      reason: "pay 332.34 € < minimum 332.35 € for level A in 2023-03",
    });
  });

  it("judges each month against that month's level: a level change without a raise is flagged", () => {
    const changed = { levelTimeline: levels(["P1", "2023-01-01"], ["P2", "2023-03-15"]) };
    expect(check(monthOf("2023-02", changed)).kind).toBe("PASS");
    // March: A for 14 days, B for 17: 1954.99 × (17×14 + 24×17) / 31 = 407.39 €.
    expect(check(monthOf("2023-03", changed))).toEqual({
      kind: "FLAG",
      reason:
        "pay 332.35 € < minimum 407.39 € for levels A, B pro rata by day " +
        "(A 2023-03-01 to 2023-03-14: 1954.99 € × 17 %; B 2023-03-15 to 2023-03-31: 1954.99 € × 24 %) in 2023-03",
    });
    expect(check(monthOf("2023-04", changed))).toEqual({
      kind: "FLAG",
      reason: "pay 332.35 € < minimum 469.20 € for level B in 2023-04",
    });
  });

  it("judges a month whose pay changes by its exact average by day, never rounded up to the minimum", () => {
    // April 2023 (30 days), minimum A 332.35 €. 15 days at 332.34 € and 15 at 332.35 €: 332.345 € < 332.35 €.
    const half = [
      { from: "2023-01-01", amountCents: 33234 },
      { from: "2023-04-16", amountCents: 33235 },
    ];
    expect(check(monthOf("2023-04", { payPeriods: half }))).toEqual({
      kind: "FLAG",
      reason:
        "pay 332.34 € pro rata by day (332.34 € 2023-04-01 to 2023-04-15; 332.35 € 2023-04-16 to 2023-04-30) " +
        "< minimum 332.35 € for level A in 2023-04",
    });
    // 300.00 € for 10 days, then 348.53 € for 20: (300 000 + 697 060) / 30 = 33 235.33 cents ≥ 332.35 €.
    const raised = [
      { from: "2023-01-01", amountCents: 30000 },
      { from: "2023-04-11", amountCents: 34853 },
    ];
    expect(check(monthOf("2023-04", { payPeriods: raised }))).toEqual({ kind: "PASS" });
    // The same raise two days later: (360 000 + 627 354) / 30 = 32 911.8 cents < 332.35 €.
    const later = [
      { from: "2023-01-01", amountCents: 30000 },
      { from: "2023-04-13", amountCents: 34853 },
    ];
    expect(check(monthOf("2023-04", { payPeriods: later })).kind).toBe("FLAG");
  });

  it("reads pay periods in date order whatever order they come in", () => {
    const payPeriods = [
      { from: "2023-03-01", amountCents: 40000 },
      { from: "2023-01-01", amountCents: 20000 },
    ];
    expect(check(monthOf("2023-02", { payPeriods })).kind).toBe("FLAG");
    expect(check(monthOf("2023-03", { payPeriods })).kind).toBe("PASS");
  });

  it("judges a first month on the contract's own days", () => {
    // Start 2023-03-20: only the 12 days from then count; level A and pay 332.34 € on each.
    const result = check(
      monthOf("2023-03", {
        startDate: "2023-03-20",
        levelTimeline: levels(["P1", "2023-03-20"]),
        payPeriods: [{ from: "2023-03-20", amountCents: 33234 }],
      }),
    );
    expect(result).toEqual({
      kind: "FLAG",
      reason: expect.stringContaining(
        "pay 332.34 € < minimum 332.35 € for level A pro rata by day (A 2023-03-20",
      ),
    });
  });

  it.each([
    ["a month whose RMMMG is unknown", "2023-10", {}, "the RMMMG is unknown for 2023-10-01 to 2023-10-31"],
    [
      "an unmapped level code",
      "2023-03",
      { levelTimeline: levels(["P1", "2023-01-01"], ["P9", "2023-03-10"]) },
      "cefa level code P9 is UNMAPPED from 2023-03-10",
    ],
    [
      "no level recorded yet",
      "2023-03",
      { levelTimeline: levels(["P1", "2023-03-05"]) },
      "no level decision is recorded for 2023-03-01 to 2023-03-04",
    ],
    [
      "days with no pay period",
      "2023-03",
      { payPeriods: [{ from: "2023-03-10", amountCents: 1 }] },
      "the pay in 2023-03 is unknown: no pay period covers 2023-03-01 to 2023-03-09",
    ],
    [
      "a pay that is not whole cents",
      "2023-03",
      { payPeriods: [{ from: "2023-01-01", amountCents: 1.5 }] },
      "the monthly pay 1.5 from 2023-01-01 is not a whole number of cents",
    ],
    [
      "a month outside the contract",
      "2024-07",
      {},
      "the contract does not run in 2024-07 (it runs 2023-01-01 to 2024-06-30)",
    ],
  ])("does not evaluate (never flags, never passes) %s", (_name, month, overrides, reason) => {
    const facts = contract({
      plannedEndDate: "2024-06-30",
      payPeriods: [{ from: "2023-01-01", amountCents: 1 }],
    });
    const context = buildMonthContext({ ...facts, ...overrides }, month);
    expect(check(context)).toEqual({ kind: "NOT_EVALUATED", reason: expect.stringContaining(reason) });
  });
});
