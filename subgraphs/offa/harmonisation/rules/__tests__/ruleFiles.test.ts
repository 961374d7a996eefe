import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { providerTradeTitles, providerVocabularies } from "../../../../../test/helpers/providerVocabularies";
import { NAMESPACES, type LocatedMappingRule } from "../MappingRule";
import { parseRuleFile } from "../parseRuleFile";
import { RuleBook } from "../RuleBook";

// The checked-in rule files themselves, read as data: these tests guard their content, not only the code.
const RULES_DIR = resolve(__dirname, "../../../../../schema/mappings/rules");
const parsed = NAMESPACES.map((namespace) => {
  const file = join(RULES_DIR, `${namespace}.csv`);
  return { name: namespace, ...parseRuleFile(file, readFileSync(file, "utf8")) };
});
const rules: LocatedMappingRule[] = parsed.flatMap((p) => p.rules);
const book = RuleBook.fromRows({ ruleSetId: 1, rules, rmmmg: [], levelPayShares: [] });

describe("schema/mappings/rules (the checked-in data)", () => {
  it.each(parsed.map((p) => [p.name, p]))("%s.csv parses without a problem", (name, file) => {
    expect(file.problems).toEqual([]);
    expect(file.namespace).toBe(name);
    expect(file.rules.length).toBeGreaterThan(30);
  });

  it.each(rules.map((r) => [`${r.namespace} ${r.kind} ${r.sourceCode} (line ${r.line})`, r]))(
    "%s resolves to its target and relationship on valid_from",
    (_name, rule) => {
      expect(book.resolve(rule.namespace, rule.kind, rule.sourceCode, rule.validFrom)).toMatchObject({
        status: "MAPPED",
        target: rule.targetCode,
        relationship: rule.relationship,
        ruleVersion: rule.version,
        ruleSource: rule.source,
      });
    },
  );

  it.each(
    NAMESPACES.flatMap((ns) =>
      (["LEVEL", "CERTIFICATION", "CONTRACT_TYPE", "CONTRACT_STATUS", "END_REASON", "TRADE"] as const).map(
        (kind) => [ns, kind] as const,
      ),
    ),
  )("%s %s: an unknown code is UNMAPPED", (namespace, kind) => {
    expect(book.resolve(namespace, kind, "NO-SUCH-CODE", "2020-01-01")).toMatchObject({
      status: "UNMAPPED",
      target: null,
    });
  });

  it("maps nothing before the common contract existed (2015-09-01)", () => {
    expect(rules.every((r) => r.validFrom === "2015-09-01" && r.validTo === null && r.version === 1)).toBe(
      true,
    );
    expect(
      rules.filter((r) => book.resolve(r.namespace, r.kind, r.sourceCode, "2015-08-31").status === "MAPPED"),
    ).toEqual([]);
  });

  it.each(providerVocabularies().map((v) => [v.namespace, v]))(
    "covers every code of %s's code lists and trade catalogue, and nothing else",
    (namespace, vocabulary) => {
      const native = vocabulary.codes.map((c) => `${c.kind} ${c.code}`).sort();
      const mapped = rules
        .filter((r) => r.namespace === namespace)
        .map((r) => `${r.kind} ${r.sourceCode}`)
        .sort();
      expect(mapped).toEqual(native);
    },
  );

  it("maps each provider trade to its catalogue trade, BROADER exactly when the title names a narrower job", () => {
    const mismatches = providerTradeTitles().flatMap((trade) => {
      const expected = /^(Aide|Ouvrier|Commis) /.test(trade.title) ? "BROADER" : "EQUIVALENT";
      const got = book.resolve(trade.namespace, "TRADE", trade.code, "2015-09-01");
      return got.target === trade.common && got.relationship === expected
        ? []
        : [`${trade.namespace} ${trade.code} ${trade.title}: ${got.target} ${got.relationship}`];
    });
    expect(mismatches).toEqual([]);
    expect(
      rules.filter((r) => r.relationship === "BROADER").map((r) => `${r.namespace} ${r.sourceCode}`),
    ).toEqual([
      "cefa 4101",
      "cefa 4301",
      "cefa 4302",
      "cefa 4502",
      "cefa 4801",
      "sfpme HORE-CUIS",
      "sfpme TECH-ELEC",
    ]);
  });

  it("claims EQUIVALENT for every non-trade code (each native code is that level, certificate or value)", () => {
    expect(rules.filter((r) => r.kind !== "TRADE" && r.relationship !== "EQUIVALENT")).toEqual([]);
  });

  it("keeps distinct arrangements off CONTRAT_ALTERNANCE: only each provider's contrat d'alternance maps to it", () => {
    const ontoAlternance = rules
      .filter((r) => r.kind === "CONTRACT_TYPE" && r.targetCode === "CONTRAT_ALTERNANCE")
      .map((r) => `${r.namespace} ${r.sourceCode}`);
    expect(ontoAlternance).toEqual(["cefa CA", "ifapme CAL", "sfpme CALT"]);
  });

  it.each([
    ["cefa", "P1", "A"],
    ["cefa", "P2", "B"],
    ["cefa", "P3", "C"],
    ["ifapme", "NIV-A", "A"],
    ["ifapme", "NIV-B", "B"],
    ["ifapme", "NIV-C", "C"],
    ["sfpme", "AF1", "A"],
    ["sfpme", "AF2", "B"],
    ["sfpme", "AF3", "C"],
  ] as const)("maps level %s %s to %s", (namespace, code, level) => {
    expect(book.resolve(namespace, "LEVEL", code, "2023-03-15")).toMatchObject({
      target: level,
      relationship: "EQUIVALENT",
    });
  });

  it.each([
    ["cefa", "CESS", "CESS"],
    ["cefa", "CQS", "CQS"],
    ["ifapme", "CAP", "CERTIFICAT_APPRENTISSAGE"],
    ["ifapme", "DCE", "DIPLOME_CHEF_ENTREPRISE"],
    ["sfpme", "CERT-APP", "CERTIFICAT_APPRENTISSAGE"],
    ["sfpme", "DIP-CE", "DIPLOME_CHEF_ENTREPRISE"],
    ["sfpme", "DIP-COORD", "COORDINATION_ENCADREMENT"],
  ] as const)("maps certification %s %s to %s", (namespace, code, target) => {
    expect(book.resolve(namespace, "CERTIFICATION", code, "2023-03-15")).toMatchObject({
      target,
      relationship: "EQUIVALENT",
    });
  });

  it("lets only cefa reach CEFA-only certificates (CESS can only come from CEFA article 49)", () => {
    const cefaOnly = ["CQ6", "CQ7", "CE6P", "CESS", "CQS", "ACP"];
    expect(
      rules.filter(
        (r) => r.kind === "CERTIFICATION" && cefaOnly.includes(r.targetCode) && r.namespace !== "cefa",
      ),
    ).toEqual([]);
  });

  it("gives every rule a source", () => {
    expect(rules.filter((r) => !/domain\.md §\d+|modelling choice/.test(r.source))).toEqual([]);
  });
});
