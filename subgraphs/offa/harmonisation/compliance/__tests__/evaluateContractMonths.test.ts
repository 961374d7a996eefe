import { contract, levels } from "./contractFacts";
import { contractMonths, monthsBetween } from "../contractMonths";
import { evaluateContractMonths } from "../evaluateContractMonths";

const ASOF = "2026-06-30";
/** The months each code flagged, and the months PAY_BELOW_MINIMUM was not evaluated. */
const monthsWith = (evaluation: ReturnType<typeof evaluateContractMonths>, code: string) => ({
  flagged: evaluation.results.filter((r) => r.flags.some((f) => f.code === code)).map((r) => r.month),
  notEvaluated: evaluation.results
    .filter((r) => r.notEvaluated.some((f) => f.code === code))
    .map((r) => r.month),
});

describe("contractMonths", () => {
  it("runs from the start month to the effective end, else the planned end, capped at asOf", () => {
    const dates = { startDate: "2023-01-15", plannedEndDate: "2025-06-30", endedOn: null };
    expect(contractMonths(dates, ASOF)).toEqual({ first: "2023-01", last: "2025-06" });
    expect(contractMonths({ ...dates, endedOn: "2023-05-02" }, ASOF)).toEqual({
      first: "2023-01",
      last: "2023-05",
    });
    expect(contractMonths(dates, "2024-02-10")).toEqual({ first: "2023-01", last: "2024-02" });
    expect(contractMonths(dates, "2023-01-14")).toBeNull();
  });

  it("lists months across a year end", () => {
    expect(monthsBetween("2023-11", "2024-02")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
  });
});

describe("evaluateContractMonths", () => {
  it("evaluates every month of the contract's life, in order", () => {
    const evaluation = evaluateContractMonths(contract(), ASOF);
    expect(evaluation.results.map((r) => r.month)).toEqual(monthsBetween("2023-01", "2023-09"));
    expect(evaluation.results.every((r) => r.flags.length === 0)).toBe(true);
  });

  it("flags a raise applied late after a level change exactly in the months before it", () => {
    // Level B from 2023-03-15; pay stays 332.35 € (the A minimum) until the raise to 469.20 € on 2023-06-01.
    const evaluation = evaluateContractMonths(
      contract({
        levelTimeline: levels(["P1", "2023-01-01"], ["P2", "2023-03-15"]),
        payPeriods: [
          { from: "2023-01-01", amountCents: 33235 },
          { from: "2023-06-01", amountCents: 46920 },
        ],
      }),
      ASOF,
    );
    expect(monthsWith(evaluation, "PAY_BELOW_MINIMUM")).toEqual({
      flagged: ["2023-03", "2023-04", "2023-05"],
      notEvaluated: [],
    });
  });

  it("flags an RMMMG indexation not followed from its month, and does not evaluate the unknown month before", () => {
    // 332.35 € is the A minimum until 2023-09; October 2023 has no known RMMMG; from November the minimum is
    // 1994.18 × 17 % = 339.01 €, then 345.08 € (April 2024) and 351.98 € (May 2024).
    const facts = { plannedEndDate: "2024-06-30" };
    const ignored = evaluateContractMonths(contract(facts), ASOF);
    expect(monthsWith(ignored, "PAY_BELOW_MINIMUM")).toEqual({
      flagged: monthsBetween("2023-11", "2024-06"),
      notEvaluated: ["2023-10"],
    });
    // Raised to 339.01 € on 2023-11-01 but not at the April 2024 step: flagged from April only.
    const followedOnce = evaluateContractMonths(
      contract({
        ...facts,
        payPeriods: [
          { from: "2023-01-01", amountCents: 33235 },
          { from: "2023-11-01", amountCents: 33901 },
        ],
      }),
      ASOF,
    );
    expect(monthsWith(followedOnce, "PAY_BELOW_MINIMUM").flagged).toEqual(
      monthsBetween("2024-04", "2024-06"),
    );
  });

  it("does not evaluate pay in the months whose RMMMG is unknown, with the reason, and never flags them", () => {
    // RMMMG known for April and May 2022 only, then from January 2023 (domain.md §11.5).
    const evaluation = evaluateContractMonths(
      contract({
        signatureDate: "2022-03-20",
        startDate: "2022-04-01",
        plannedEndDate: "2023-02-28",
        levelTimeline: levels(["P1", "2022-04-01"]),
        payPeriods: [{ from: "2022-04-01", amountCents: 100 }],
        otherContracts: [],
      }),
      ASOF,
    );
    const pay = monthsWith(evaluation, "PAY_BELOW_MINIMUM");
    expect(pay.notEvaluated).toEqual(monthsBetween("2022-06", "2022-12"));
    expect(pay.flagged).toEqual(["2022-04", "2022-05", "2023-01", "2023-02"]);
    const july = evaluation.results.find((r) => r.month === "2022-07")!;
    expect(july.notEvaluated.find((f) => f.code === "PAY_BELOW_MINIMUM")!.reason).toContain(
      "the RMMMG is unknown for 2022-07-01 to 2022-07-31",
    );
  });

  it("judges nothing before the start and stops at asOf", () => {
    expect(evaluateContractMonths(contract(), "2022-12-31")).toEqual({
      scope: "CONTRAT_ALTERNANCE",
      first: null,
      last: null,
      results: [],
    });
    expect(evaluateContractMonths(contract(), "2023-03-05").results.map((r) => r.month)).toEqual([
      "2023-01",
      "2023-02",
      "2023-03",
    ]);
  });
});
