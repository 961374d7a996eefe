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
    { code: "CONTRAT_ALTERNANCE", isContratAlternance: true },
    { code: "CONVENTION_STAGE", isContratAlternance: false },
  ],
  contractStatuses: ["ACTIVE"],
  endReasons: ["TERM"],
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
      { kind: "TRADE", code: "M0502" },
    ],
  },
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
    file: "rules/ifapme.csv",
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
      { file: "rules/ifapme.csv", line: 7, reason },
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
        file: "rules/ifapme.csv",
        line: 11,
        reason:
          "LEVEL NIV-A v2 (2019-09-01 to open) overlaps v1 (2015-09-01 to 2019-09-01) on line 10; end the earlier rule before the later one starts",
      },
      {
        file: "rules/ifapme.csv",
        line: 13,
        reason: expect.stringContaining("CONTRACT_TYPE CAL v2 (2020-01-01 to open) overlaps v1"),
      },
    ]);
  });

  it("refuses a namespace with no vocabulary once per file", () => {
    const problems = validateRules(
      [
        rule({ namespace: "sfpme", file: "rules/sfpme.csv", line: 2 }),
        rule({ namespace: "sfpme", sourceCode: "AF2", file: "rules/sfpme.csv", line: 3 }),
      ],
      { providers, common },
    );
    expect(problems).toEqual([
      {
        file: "rules/sfpme.csv",
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
        rule({ namespace: "cefa", file: "rules/cefa.csv", line: 9 }),
      ],
      { providers, common },
    );
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      "rules/cefa.csv:0",
      "rules/ifapme.csv:3",
      "rules/ifapme.csv:5",
    ]);
  });
});
