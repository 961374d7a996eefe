import type { MappingRule } from "../../rules/MappingRule";
import { RuleBook } from "../../rules/RuleBook";
import { buildLevelTimeline } from "../levelTimeline";

const rule = (sourceCode: string, targetCode: string, extra: Partial<MappingRule> = {}): MappingRule => ({
  namespace: "cefa",
  kind: "LEVEL",
  sourceCode,
  targetCode,
  relationship: "EQUIVALENT",
  validFrom: "2015-09-01",
  validTo: null,
  version: 1,
  source: "test",
  ...extra,
});
const book = RuleBook.fromRows({
  ruleSetId: 1,
  rules: [
    rule("P1", "A"),
    rule("P2", "B"),
    // P3 meant C until 2023-08-31, then a new version says B (a synthetic re-mapping).
    rule("P3", "C", { validTo: "2023-08-31" }),
    rule("P3", "B", { validFrom: "2023-09-01", version: 2 }),
  ],
  rmmmg: [],
  levelPayShares: [],
  schoolYearWeeks: [],
});

function timeline(records: { code: string; effectiveFrom: string }[], asOf = "2024-12-31") {
  return buildLevelTimeline({ namespace: "cefa", records, ruleBook: book, asOf });
}

describe("buildLevelTimeline", () => {
  it("holds each record until the next one, in date order whatever the input order", () => {
    const t = timeline([
      { code: "P2", effectiveFrom: "2023-06-01" },
      { code: "P1", effectiveFrom: "2022-09-01" },
    ]);
    expect(t.entries).toEqual([
      {
        from: "2022-09-01",
        to: "2023-05-31",
        nativeCode: "P1",
        level: "A",
        mappingStatus: "MAPPED",
        ruleVersion: 1,
      },
      { from: "2023-06-01", to: null, nativeCode: "P2", level: "B", mappingStatus: "MAPPED", ruleVersion: 1 },
    ]);
    expect([t.levelOn("2023-05-31"), t.levelOn("2023-06-01"), t.levelOn("2030-01-01")]).toEqual([
      "A",
      "B",
      "B",
    ]);
  });

  it("knows no level before the first record (starting at A is a recorded decision, not an inference)", () => {
    const t = timeline([{ code: "P1", effectiveFrom: "2022-09-01" }]);
    expect(t.levelOn("2022-08-31")).toBeNull();
    expect(t.entryOn("2022-08-31")).toBeNull();
  });

  it("gives null for an UNMAPPED code and does not carry the previous level over", () => {
    const t = timeline([
      { code: "P1", effectiveFrom: "2022-09-01" },
      { code: "P9", effectiveFrom: "2023-01-01" },
      { code: "P2", effectiveFrom: "2023-06-01" },
    ]);
    expect(t.entries[1]).toEqual({
      from: "2023-01-01",
      to: "2023-05-31",
      nativeCode: "P9",
      level: null,
      mappingStatus: "UNMAPPED",
      ruleVersion: null,
    });
    expect([
      t.levelOn("2022-12-31"),
      t.levelOn("2023-01-01"),
      t.levelOn("2023-05-31"),
      t.levelOn("2023-06-01"),
    ]).toEqual(["A", null, null, "B"]);
  });

  it("splits a stretch where the rule of its code changes, each part with its own rule version", () => {
    const t = timeline([{ code: "P3", effectiveFrom: "2023-03-01" }]);
    expect(t.entries).toEqual([
      {
        from: "2023-03-01",
        to: "2023-08-31",
        nativeCode: "P3",
        level: "C",
        mappingStatus: "MAPPED",
        ruleVersion: 1,
      },
      { from: "2023-09-01", to: null, nativeCode: "P3", level: "B", mappingStatus: "MAPPED", ruleVersion: 2 },
    ]);
  });

  it("becomes UNMAPPED where a rule ends without a successor", () => {
    const ending = RuleBook.fromRows({
      ruleSetId: 2,
      rules: [rule("P1", "A", { validTo: "2023-12-31" })],
      rmmmg: [],
      levelPayShares: [],
      schoolYearWeeks: [],
    });
    const t = buildLevelTimeline({
      namespace: "cefa",
      records: [{ code: "P1", effectiveFrom: "2023-09-01" }],
      ruleBook: ending,
      asOf: "2024-06-30",
    });
    expect(t.entries.map((e) => [e.from, e.to, e.level, e.mappingStatus])).toEqual([
      ["2023-09-01", "2023-12-31", "A", "MAPPED"],
      ["2024-01-01", null, null, "UNMAPPED"],
    ]);
  });

  it("leaves out records dated after asOf", () => {
    const records = [
      { code: "P1", effectiveFrom: "2022-09-01" },
      { code: "P2", effectiveFrom: "2023-06-01" },
    ];
    expect(timeline(records, "2023-05-31").levelOn("2023-07-01")).toBe("A");
    expect(timeline(records, "2023-06-01").levelOn("2023-07-01")).toBe("B");
  });

  it("refuses to choose between different codes recorded on the same day", () => {
    const t = timeline([
      { code: "P1", effectiveFrom: "2022-09-01" },
      { code: "P2", effectiveFrom: "2022-09-01" },
      { code: "P1", effectiveFrom: "2022-09-01" },
    ]);
    expect(t.entries).toEqual([
      {
        from: "2022-09-01",
        to: null,
        nativeCode: null,
        conflictingCodes: ["P1", "P2"],
        level: null,
        mappingStatus: "CONFLICTING_RECORDS",
        ruleVersion: null,
      },
    ]);
  });

  it("treats the same code recorded twice on one day as one record", () => {
    const t = timeline([
      { code: "P2", effectiveFrom: "2022-09-01" },
      { code: "P2", effectiveFrom: "2022-09-01" },
    ]);
    expect(t.entries).toHaveLength(1);
    expect(t.levelOn("2022-09-01")).toBe("B");
  });

  it("resolves in its own namespace only", () => {
    const t = buildLevelTimeline({
      namespace: "ifapme",
      records: [{ code: "P1", effectiveFrom: "2022-09-01" }],
      ruleBook: book,
      asOf: "2023-01-01",
    });
    expect(t.levelOn("2022-10-01")).toBeNull();
  });

  it("refuses dates that are not dates", () => {
    expect(() => timeline([{ code: "P1", effectiveFrom: "01/09/2022" }])).toThrow(RangeError);
    expect(() => timeline([], "2023-02-30")).toThrow(RangeError);
  });
});
