import { parseRuleFile } from "../parseRuleFile";

const HEADER = "kind,source_code,target_code,relationship,valid_from,valid_to,version,source";
const GOOD = "LEVEL,P1,A,EQUIVALENT,2015-09-01,,1,modelling choice";

function file(...lines: string[]): string {
  return [HEADER, ...lines].join("\n") + "\n";
}

describe("parseRuleFile", () => {
  it("reads typed rules, the namespace from the file name, and quoted fields", () => {
    const parsed = parseRuleFile(
      "schema/mappings/rules/cefa/codes.csv",
      file(
        GOOD,
        'TRADE,4101,BOULANGER_PATISSIER,BROADER,2015-09-01,2023-08-31,2,"domain.md §7, ""Aide"" title"',
      ),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.namespace).toBe("cefa");
    expect(parsed.rules).toEqual([
      {
        namespace: "cefa",
        kind: "LEVEL",
        sourceCode: "P1",
        targetCode: "A",
        relationship: "EQUIVALENT",
        validFrom: "2015-09-01",
        validTo: null,
        version: 1,
        source: "modelling choice",
        file: "schema/mappings/rules/cefa/codes.csv",
        line: 2,
      },
      expect.objectContaining({
        kind: "TRADE",
        relationship: "BROADER",
        validTo: "2023-08-31",
        version: 2,
        source: 'domain.md §7, "Aide" title',
        line: 3,
      }),
    ]);
  });

  // Each bad line sits after a good one: the whole file must still be refused, and the line must be exact.
  it.each([
    ["a bad kind", "PALIER,P2,B,EQUIVALENT,2015-09-01,,1,x", 'kind "PALIER" is not one of'],
    ["a bad relationship", "LEVEL,P2,B,SAME,2015-09-01,,1,x", 'relationship "SAME" is not one of'],
    ["a bad valid_from", "LEVEL,P2,B,EQUIVALENT,2015-02-30,,1,x", 'valid_from "2015-02-30" is not a date'],
    [
      "a bad valid_to",
      "LEVEL,P2,B,EQUIVALENT,2015-09-01,01/09/2016,1,x",
      'valid_to "01/09/2016" is not a date',
    ],
    [
      "valid_to before valid_from",
      "LEVEL,P2,B,EQUIVALENT,2015-09-01,2015-08-31,1,x",
      "valid_to 2015-08-31 is before valid_from 2015-09-01",
    ],
    ["a decimal version", "LEVEL,P2,B,EQUIVALENT,2015-09-01,,1.5,x", 'version "1.5" is not a whole number'],
    ["a zero version", "LEVEL,P2,B,EQUIVALENT,2015-09-01,,0,x", 'version "0" is not a whole number'],
    ["an empty source code", "LEVEL,,B,EQUIVALENT,2015-09-01,,1,x", "source_code is empty"],
    ["an empty target code", "LEVEL,P2,,EQUIVALENT,2015-09-01,,1,x", "target_code is empty"],
    [
      "a padded code",
      'LEVEL," P2",B,EQUIVALENT,2015-09-01,,1,x',
      'source_code " P2" has leading or trailing spaces',
    ],
    ["an empty source", "LEVEL,P2,B,EQUIVALENT,2015-09-01,,1,", "source is empty"],
    [
      "a duplicate (kind, source_code, target_code, version)",
      "LEVEL,P1,A,EQUIVALENT,2016-09-01,,1,x",
      "duplicate of line 2",
    ],
    [
      "a target on a NO_COUNTERPART rule",
      "END_REASON,REORIENTATION,MUTUAL,NO_COUNTERPART,2015-09-01,,1,x",
      'target_code must be empty for NO_COUNTERPART, got "MUTUAL"',
    ],
    ["a wrong field count", "LEVEL,P2,B,EQUIVALENT,2015-09-01,,1", "7 fields where the header has 8"],
    ["a broken quote", 'LEVEL,P2,B,EQUIVALENT,2015-09-01,,1,"x"y', "text after a closing quote"],
  ])("refuses the whole file for %s, naming file and line", (_name, badLine, reason) => {
    const parsed = parseRuleFile("rules/cefa/codes.csv", file(GOOD, badLine));
    expect(parsed.rules).toEqual([]);
    expect(parsed.problems).toEqual([
      { file: "rules/cefa/codes.csv", line: 3, reason: expect.stringContaining(reason) },
    ]);
  });

  it("refuses an unknown column on the header line", () => {
    const parsed = parseRuleFile("rules/cefa/codes.csv", HEADER + ",comment\n" + GOOD + ",x\n");
    expect(parsed.rules).toEqual([]);
    expect(parsed.problems).toEqual([
      { file: "rules/cefa/codes.csv", line: 1, reason: expect.stringContaining('unknown column "comment"') },
    ]);
  });

  it("refuses a file outside a namespace's folder", () => {
    const parsed = parseRuleFile("rules/forem/codes.csv", file(GOOD));
    expect(parsed.namespace).toBeNull();
    expect(parsed.rules).toEqual([]);
    expect(parsed.problems).toEqual([
      { file: "rules/forem/codes.csv", line: 0, reason: expect.stringContaining('got "forem/codes.csv"') },
    ]);
  });

  it("reads a code split into NARROWER candidates and a code with no common counterpart", () => {
    const parsed = parseRuleFile(
      "rules/cefa/codes.csv",
      file(
        "END_REASON,RUPTURE,NOTICE,NARROWER,2015-09-01,,1,x",
        "END_REASON,RUPTURE,MUTUAL,NARROWER,2015-09-01,,1,x",
        "END_REASON,REORIENTATION,,NO_COUNTERPART,2015-09-01,,1,a school motive",
      ),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rules.map((r) => [r.sourceCode, r.targetCode, r.relationship])).toEqual([
      ["RUPTURE", "NOTICE", "NARROWER"],
      ["RUPTURE", "MUTUAL", "NARROWER"],
      ["REORIENTATION", null, "NO_COUNTERPART"],
    ]);
  });

  it("reports EVERY bad line of a malformed file, several reasons per line if need be", () => {
    const parsed = parseRuleFile(
      "rules/ifapme/codes.csv",
      file(
        "LEVEL,NIV-A,A,EQUIVALENT,2015-09-01,,1,x",
        "LEVL,NIV-B,B,EQUIVALENT,2015-09-01,,1,x",
        "LEVEL,NIV-C,C,EQUIVALENT,2015-09-01,,1,x",
        "LEVEL,NIV-D,,WIDER,2015-09-01,2014-01-01,v1,x",
      ),
    );
    expect(parsed.rules).toEqual([]);
    expect(parsed.problems.map((p) => [p.line, p.reason.split(" ").slice(0, 2).join(" ")])).toEqual([
      [3, 'kind "LEVL"'],
      [5, 'relationship "WIDER"'],
      [5, "target_code is"],
      [5, "valid_to 2014-01-01"],
      [5, 'version "v1"'],
    ]);
  });

  it("accepts two versions of one code (validity is validateRules' concern)", () => {
    const parsed = parseRuleFile(
      "rules/cefa/codes.csv",
      file("LEVEL,P1,A,EQUIVALENT,2015-09-01,2019-08-31,1,x", "LEVEL,P1,B,NARROWER,2019-09-01,,2,x"),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rules.map((r) => r.version)).toEqual([1, 2]);
  });
});
