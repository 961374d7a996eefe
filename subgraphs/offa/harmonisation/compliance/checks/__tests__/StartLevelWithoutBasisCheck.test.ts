import { levels, monthOf } from "../../__tests__/contractFacts";
import type { ContractFacts } from "../../ContractCheck";
import { StartLevelWithoutBasisCheck } from "../StartLevelWithoutBasisCheck";

type Other = ContractFacts["otherContracts"][number];
const other = (
  id: string,
  startDate: string,
  tradeCode: string | null = "MENUISIER",
  contractType: string | null = "CONTRAT_ALTERNANCE",
): Other => ({ id, startDate, endDate: "2022-06-30", contractType, tradeCode });

// The fixture starts on 2023-01-01 for MENUISIER; here at level B (CEFA P2) unless a test says otherwise.
const check = (overrides: Partial<ContractFacts> = {}, month = "2023-03") =>
  StartLevelWithoutBasisCheck.check(
    monthOf(month, { levelTimeline: levels(["P2", "2023-01-01"]), otherContracts: [], ...overrides }),
  );
const NO_CONCERTATION =
  "only a concertation of company and referent (domain.md §3, §10) could justify it, and no provider records one " +
  "(a level record holds the level, its date and at CEFA and IFAPME the referent, not a concertation)";

describe("StartLevelWithoutBasisCheck", () => {
  it("has a stable code and cites domain.md §10", () => {
    expect([StartLevelWithoutBasisCheck.code, StartLevelWithoutBasisCheck.source]).toEqual([
      "START_LEVEL_WITHOUT_BASIS",
      "§10",
    ]);
  });

  it("passes a start at A, whatever the learner's history", () => {
    expect(check({ levelTimeline: levels(["P1", "2023-01-01"], ["P2", "2023-02-01"]) })).toEqual({
      kind: "PASS",
    });
  });

  it.each([
    ["at the same provider", [other("C0", "2021-09-01")]],
    [
      "at another provider, among contracts of other trades",
      [other("X", "2020-09-01", "COIFFEUR"), other("IFAPME:77", "2022-09-01")],
    ],
  ])(
    "passes a start above A after an earlier same-trade contrat d'alternance %s",
    (_name, otherContracts) => {
      expect(check({ otherContracts })).toEqual({ kind: "PASS" });
    },
  );

  it.each([
    ["no other contract", []],
    ["only contracts of another trade", [other("C0", "2021-09-01", "COIFFEUR")]],
    ["a same-trade contract of another arrangement (CAI)", [other("C0", "2021-09-01", "MENUISIER", "CAI")]],
    ["a same-trade contrat d'alternance starting the same day", [other("C0", "2023-01-01")]],
    ["a same-trade contrat d'alternance starting later", [other("C2", "2023-09-01")]],
    ["its own id among the others", [other("C1", "2021-09-01")]],
  ])(
    "does not evaluate a start above A with %s: only an unrecorded concertation could justify it, never flagged",
    (_name, otherContracts) => {
      expect(check({ otherContracts })).toEqual({
        kind: "NOT_EVALUATED",
        reason: `the start at B on 2023-01-01 follows no earlier contrat d'alternance of the learner for MENUISIER at any provider; ${NO_CONCERTATION}`,
      });
    },
  );

  it("names the start level it read (C here)", () => {
    expect(check({ levelTimeline: levels(["P3", "2023-01-01"]) })).toMatchObject({
      kind: "NOT_EVALUATED",
      reason: expect.stringMatching(/^the start at C on 2023-01-01 follows no earlier/),
    });
  });

  it("does not evaluate when an earlier contract might be the same-trade contrat d'alternance", () => {
    expect(check({ otherContracts: [other("C0", "2021-09-01", null)] })).toEqual({
      kind: "NOT_EVALUATED",
      reason:
        "the start at B on 2023-01-01 needs an earlier contrat d'alternance for MENUISIER, and earlier contract C0 (from 2021-09-01) has an UNMAPPED type or no single common trade",
    });
    expect(check({ otherContracts: [other("C0", "2021-09-01", "MENUISIER", null)] }).kind).toBe(
      "NOT_EVALUATED",
    );
    // An unmapped type of another trade cannot be the same-trade contract.
    expect(check({ otherContracts: [other("C0", "2021-09-01", "COIFFEUR", null)] })).toMatchObject({
      reason: expect.stringContaining(NO_CONCERTATION),
    });
    // Nor can an unmapped trade of another arrangement.
    expect(check({ otherContracts: [other("C0", "2021-09-01", null, "CAI")] })).toMatchObject({
      reason: expect.stringContaining(NO_CONCERTATION),
    });
  });

  it("does not evaluate a start above A whose trade has no single common trade", () => {
    expect(check({ tradeCode: null, otherContracts: [other("C0", "2021-09-01")] })).toEqual({
      kind: "NOT_EVALUATED",
      reason:
        "the start at B on 2023-01-01 needs an earlier contrat d'alternance for the same trade, and this trade has no single common trade (UNMAPPED or AMBIGUOUS)",
    });
  });

  it("does not evaluate when the start level is unknown: no record on the start day, or an unmapped code", () => {
    expect(check({ levelTimeline: levels(["P2", "2023-02-01"]) })).toEqual({
      kind: "NOT_EVALUATED",
      reason: "no level is recorded for the start 2023-01-01",
    });
    expect(check({ levelTimeline: levels() })).toEqual({
      kind: "NOT_EVALUATED",
      reason: "no level is recorded for the start 2023-01-01",
    });
    expect(check({ levelTimeline: levels(["P9", "2023-01-01"]) })).toEqual({
      kind: "NOT_EVALUATED",
      reason: "the level recorded for the start 2023-01-01 has no single common level (UNMAPPED)",
    });
  });

  it("judges every month of the contract alike: the start is a fact of the whole contract", () => {
    const otherContracts = [other("C0", "2021-09-01", "COIFFEUR")];
    const outcomes = ["2023-01", "2023-06", "2023-09"].map((month) => check({ otherContracts }, month));
    expect(new Set(outcomes.map((outcome) => JSON.stringify(outcome))).size).toBe(1);
  });
});
