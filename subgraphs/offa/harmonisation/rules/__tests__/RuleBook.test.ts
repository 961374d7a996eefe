import type { MappingRule } from "../MappingRule";
import { RuleBook } from "../RuleBook";

const v1: MappingRule = {
  namespace: "cefa",
  kind: "LEVEL",
  sourceCode: "P2",
  targetCode: "B",
  relationship: "EQUIVALENT",
  validFrom: "2015-09-01",
  validTo: "2019-08-31",
  version: 1,
  source: "modelling choice",
};
const v2: MappingRule = {
  ...v1,
  targetCode: "C",
  relationship: "NARROWER",
  validFrom: "2019-09-01",
  validTo: "2021-08-31",
  version: 2,
};

function book(rules: MappingRule[] = [v1, v2]): RuleBook {
  return RuleBook.fromRows({ ruleSetId: 7, rules, rmmmg: [], levelPayShares: [], schoolYearWeeks: [] });
}

describe("RuleBook", () => {
  it.each([
    ["2015-09-01", "B", 1],
    ["2019-08-31", "B", 1],
    ["2019-09-01", "C", 2],
    ["2021-08-31", "C", 2],
  ])("resolves with the rule whose inclusive validity contains %s", (asOf, target, version) => {
    expect(book().resolve("cefa", "LEVEL", "P2", asOf)).toMatchObject({
      status: "MAPPED",
      target,
      ruleVersion: version,
      ruleSetId: 7,
    });
  });

  it("returns the whole rule behind a mapping", () => {
    expect(book().resolve("cefa", "LEVEL", "P2", "2020-01-01")).toEqual({
      status: "MAPPED",
      namespace: "cefa",
      kind: "LEVEL",
      sourceCode: "P2",
      target: "C",
      candidates: [],
      relationship: "NARROWER",
      ruleVersion: 2,
      ruleSource: "modelling choice",
      validFrom: "2019-09-01",
      validTo: "2021-08-31",
      ruleSetId: 7,
    });
  });

  it.each([
    ["before the first rule", "cefa", "LEVEL", "P2", "2015-08-31"],
    ["after the last rule ends", "cefa", "LEVEL", "P2", "2021-09-01"],
    ["for an unknown code", "cefa", "LEVEL", "P9", "2020-01-01"],
    ["for the same code in another kind", "cefa", "TRADE", "P2", "2020-01-01"],
    ["for the same code in another namespace", "ifapme", "LEVEL", "P2", "2020-01-01"],
  ] as const)(
    "is UNMAPPED with every rule field null %s (never guessed)",
    (_when, namespace, kind, code, asOf) => {
      expect(book().resolve(namespace, kind, code, asOf)).toEqual({
        status: "UNMAPPED",
        namespace,
        kind,
        sourceCode: code,
        target: null,
        candidates: [],
        relationship: null,
        ruleVersion: null,
        ruleSource: null,
        validFrom: null,
        validTo: null,
        ruleSetId: 7,
      });
    },
  );

  it("is AMBIGUOUS with every candidate and no target when a code's NARROWER rules are in force together", () => {
    const split = (targetCode: string): MappingRule => ({
      ...v1,
      kind: "END_REASON",
      sourceCode: "RUPTURE",
      targetCode,
      relationship: "NARROWER",
      validTo: null,
    });
    expect(
      book([split("NOTICE"), split("MUTUAL")]).resolve("cefa", "END_REASON", "RUPTURE", "2020-01-01"),
    ).toMatchObject({
      status: "AMBIGUOUS",
      target: null,
      candidates: ["MUTUAL", "NOTICE"],
      relationship: "NARROWER",
      ruleVersion: 1,
    });
  });

  it("is UNMAPPED by design, with the rule and its reason, for a NO_COUNTERPART code", () => {
    const none: MappingRule = {
      ...v1,
      kind: "END_REASON",
      sourceCode: "REORIENTATION",
      targetCode: null,
      relationship: "NO_COUNTERPART",
      validTo: null,
      source: "a school motive, not a legal ground",
    };
    expect(book([none]).resolve("cefa", "END_REASON", "REORIENTATION", "2020-01-01")).toMatchObject({
      status: "UNMAPPED",
      target: null,
      candidates: [],
      relationship: "NO_COUNTERPART",
      ruleVersion: 1,
      ruleSource: "a school motive, not a legal ground",
    });
  });

  it("refuses overlapping rules of one code instead of picking one", () => {
    expect(() => book([v1, { ...v2, validFrom: "2019-08-31" }])).toThrow(/overlapping rules v1 and v2/);
  });

  it("refuses an asOf that is not a date", () => {
    expect(() => book().resolve("cefa", "LEVEL", "P2", "2020-13-01")).toThrow(RangeError);
  });

  it("is immutable and independent of the rows it was built from", () => {
    const rows = [{ ...v1 }];
    const built = book(rows);
    rows[0].targetCode = "A";
    expect(built.resolve("cefa", "LEVEL", "P2", "2016-01-01").target).toBe("B");
    expect(Object.isFrozen(built)).toBe(true);
    expect(Object.isFrozen(built.rulesFor("cefa", "LEVEL", "P2")[0])).toBe(true);
    expect(() => (built.rulesFor("cefa", "LEVEL", "P2") as MappingRule[]).push(v1)).toThrow();
  });

  it("answers UNMAPPED for everything when empty", () => {
    const empty = RuleBook.empty();
    expect(empty.ruleSetId).toBeNull();
    expect(empty.resolve("sfpme", "LEVEL", "AF1", "2020-01-01").status).toBe("UNMAPPED");
    expect(empty.rules()).toEqual([]);
  });
});
