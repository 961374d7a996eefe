import type { LocatedMappingRule } from "../MappingRule";
import { validateRules } from "../validateRules";
import type { CommonVocabularies, ProviderVocabulary } from "../Vocabularies";

const common: CommonVocabularies = {
  levels: ["A", "B", "C"],
  certifications: [
    { code: "CESS", issuingProviders: ["cefa"] },
    { code: "CERTIFICAT_APPRENTISSAGE", issuingProviders: ["ifapme", "sfpme"] },
  ],
  contractTypes: [
    { code: "CONTRAT_ALTERNANCE", isContratAlternance: true, validFrom: "2015-09-01", validTo: null },
    { code: "CONVENTION_STAGE", isContratAlternance: false, validFrom: null, validTo: null },
    { code: "CONTRAT_APPRENTISSAGE", isContratAlternance: false, validFrom: null, validTo: "2015-08-31" },
  ],
  contractStatuses: ["ACTIVE"],
  endReasons: ["TERM", "NOTICE", "MUTUAL"],
  trades: ["MENUISIER"],
};

const providers: ProviderVocabulary[] = [
  {
    namespace: "ifapme",
    codes: [
      { kind: "LEVEL", code: "NIV-A" },
      { kind: "CERTIFICATION", code: "CAP" },
      { kind: "CERTIFICATION", code: "CESS-FAKE" },
      { kind: "CONTRACT_TYPE", code: "CAL" },
      { kind: "CONTRACT_TYPE", code: "CST" },
      { kind: "CONTRACT_TYPE", code: "CAPP", validFrom: null, validTo: "2015-08-31" },
      { kind: "END_REASON", code: "R02" },
      { kind: "END_REASON", code: "R99" },
      { kind: "TRADE", code: "M0502" },
    ],
  },
  { namespace: "cefa", codes: [{ kind: "LEVEL", code: "P1" }] },
];

let nextLine = 2;
function rule(overrides: Partial<LocatedMappingRule>): LocatedMappingRule {
  return {
    namespace: "ifapme",
    kind: "LEVEL",
    sourceCode: "NIV-A",
    targetCode: "A",
    relationship: "EQUIVALENT",
    validFrom: "2015-09-01",
    validTo: null,
    version: 1,
    source: "test",
    file: "rules/ifapme/codes.csv",
    line: nextLine++,
    ...overrides,
  };
}

describe("validateRules", () => {
  it("accepts rules whose codes exist on both sides and whose periods do not overlap", () => {
    const rules = [
      rule({ validTo: "2019-08-31" }),
      rule({ version: 2, validFrom: "2019-09-01" }),
      rule({ kind: "CERTIFICATION", sourceCode: "CAP", targetCode: "CERTIFICAT_APPRENTISSAGE" }),
      rule({ kind: "CONTRACT_TYPE", sourceCode: "CAL", targetCode: "CONTRAT_ALTERNANCE" }),
      rule({ kind: "CONTRACT_TYPE", sourceCode: "CST", targetCode: "CONVENTION_STAGE" }),
      rule({ kind: "TRADE", sourceCode: "M0502", targetCode: "MENUISIER" }),
      rule({ kind: "CONTRACT_TYPE", sourceCode: "CAPP", targetCode: "CONTRAT_APPRENTISSAGE" }),
      // One native code for two common values: NARROWER candidates of one version may share days.
      rule({ kind: "END_REASON", sourceCode: "R02", targetCode: "NOTICE", relationship: "NARROWER" }),
      rule({ kind: "END_REASON", sourceCode: "R02", targetCode: "MUTUAL", relationship: "NARROWER" }),
      rule({ kind: "END_REASON", sourceCode: "R99", targetCode: null, relationship: "NO_COUNTERPART" }),
    ];
    expect(validateRules(rules, { providers, common })).toEqual([]);
  });

  it.each([
    [
      "a source code the provider does not have",
      rule({ sourceCode: "NIV-Z", line: 7 }),
      "source_code NIV-Z is not a LEVEL code of ifapme",
    ],
    [
      "a source code of another kind",
      rule({ kind: "TRADE", sourceCode: "NIV-A", targetCode: "MENUISIER", line: 7 }),
      "source_code NIV-A is not a TRADE code of ifapme",
    ],
    [
      "a target that does not exist",
      rule({ targetCode: "D", line: 7 }),
      "target_code D is not a common LEVEL code",
    ],
    [
      "a target of another kind",
      rule({ kind: "TRADE", sourceCode: "M0502", targetCode: "A", line: 7 }),
      "target_code A is not a common TRADE code",
    ],
    [
      "a pre-2015 arrangement onto the contrat d'alternance",
      rule({ kind: "CONTRACT_TYPE", sourceCode: "CAPP", targetCode: "CONTRAT_ALTERNANCE", line: 7 }),
      "ifapme contract type CAPP (signed always to 2015-08-31) cannot be CONTRAT_ALTERNANCE (in force 2015-09-01 to open): an arrangement from before 2015 is never the contrat d'alternance (domain.md §2, §10)",
    ],
    [
      "another provider's code in this namespace",
      rule({ sourceCode: "P1", line: 7 }),
      "source_code P1 is not a LEVEL code of ifapme (it is a code of cefa: only a namespace's owner maps its codes)",
    ],
    [
      "a CESS target outside CEFA",
      rule({ kind: "CERTIFICATION", sourceCode: "CESS-FAKE", targetCode: "CESS", line: 7 }),
      "target_code CESS cannot be issued by ifapme (issuing providers: cefa)",
    ],
  ])("refuses %s at its file and line", (_name, bad, reason) => {
    const good = rule({
      kind: "CONTRACT_TYPE",
      sourceCode: "CAL",
      targetCode: "CONTRAT_ALTERNANCE",
      line: 2,
    });
    expect(validateRules([good, bad], { providers, common })).toEqual([
      { file: "rules/ifapme/codes.csv", line: 7, reason },
    ]);
  });

  it("refuses rules of one code whose periods share a day, on the later line", () => {
    const problems = validateRules(
      [
        rule({ validTo: "2019-09-01", line: 10 }),
        rule({ version: 2, validFrom: "2019-09-01", line: 11 }),
        rule({ kind: "CONTRACT_TYPE", sourceCode: "CAL", targetCode: "CONTRAT_ALTERNANCE", line: 12 }),
        rule({
          kind: "CONTRACT_TYPE",
          sourceCode: "CAL",
          targetCode: "CONVENTION_STAGE",
          version: 2,
          validFrom: "2020-01-01",
          line: 13,
        }),
      ],
      { providers, common },
    );
    expect(problems).toEqual([
      {
        file: "rules/ifapme/codes.csv",
        line: 11,
        reason:
          "LEVEL NIV-A v2 (2019-09-01 to open) overlaps v1 (2015-09-01 to 2019-09-01) on line 10; end the earlier rule before the later one starts (only NARROWER candidates of one version may share days)",
      },
      {
        file: "rules/ifapme/codes.csv",
        line: 13,
        reason: expect.stringContaining("CONTRACT_TYPE CAL v2 (2020-01-01 to open) overlaps v1"),
      },
    ]);
  });

  it("refuses an EQUIVALENT rule sharing days with a NARROWER candidate, and two candidates of different versions", () => {
    const problems = validateRules(
      [
        rule({
          kind: "END_REASON",
          sourceCode: "R02",
          targetCode: "NOTICE",
          relationship: "NARROWER",
          line: 20,
        }),
        rule({
          kind: "END_REASON",
          sourceCode: "R02",
          targetCode: "MUTUAL",
          relationship: "EQUIVALENT",
          line: 21,
        }),
        rule({
          kind: "END_REASON",
          sourceCode: "R02",
          targetCode: "TERM",
          relationship: "NARROWER",
          version: 2,
          line: 22,
        }),
      ],
      { providers, common },
    );
    expect(problems.map((p) => p.line)).toEqual([21, 22, 22]);
    expect(problems[0].reason).toContain("only NARROWER candidates of one version may share days");
  });

  it("refuses a namespace with no vocabulary once per file", () => {
    const problems = validateRules(
      [
        rule({ namespace: "sfpme", file: "rules/sfpme/codes.csv", line: 2 }),
        rule({ namespace: "sfpme", sourceCode: "AF2", file: "rules/sfpme/codes.csv", line: 3 }),
      ],
      { providers, common },
    );
    expect(problems).toEqual([
      {
        file: "rules/sfpme/codes.csv",
        line: 0,
        reason: "no vocabulary of namespace sfpme was given, so no source code can be checked",
      },
    ]);
  });

  it("collects every problem of every rule, sorted by file and line", () => {
    const problems = validateRules(
      [
        rule({ sourceCode: "X", line: 5 }),
        rule({ targetCode: "Z", sourceCode: "NIV-A", line: 3 }),
        rule({ namespace: "sfpme", file: "rules/sfpme/codes.csv", line: 9 }),
      ],
      { providers, common },
    );
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      "rules/ifapme/codes.csv:3",
      "rules/ifapme/codes.csv:5",
      "rules/sfpme/codes.csv:0",
    ]);
  });
});
