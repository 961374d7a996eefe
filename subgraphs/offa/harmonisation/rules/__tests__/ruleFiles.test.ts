import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { ruleSetFilesIn } from "../loadRuleSet";
import { NAMESPACES, type LocatedMappingRule } from "../MappingRule";
import { parseRuleFile } from "../parseRuleFile";
import { RuleBook } from "../RuleBook";

// The checked-in rule files themselves, read as data: these tests guard their content, not only the code.
const MAPPINGS = resolve(__dirname, "../../../../../schema/mappings");
const parsed = ruleSetFilesIn(MAPPINGS).rules.map((file) => ({
  name: `${basename(dirname(file))}/${basename(file)}`,
  folder: basename(dirname(file)),
  ...parseRuleFile(file, readFileSync(file, "utf8")),
}));
const rules: LocatedMappingRule[] = parsed.flatMap((p) => p.rules);
const book = RuleBook.fromRows({ ruleSetId: 1, rules, rmmmg: [], levelPayShares: [], schoolYearWeeks: [] });

describe("schema/mappings/rules (the checked-in data)", () => {
  it("has a folder of rule files for every namespace", () => {
    expect([...new Set(parsed.map((p) => p.folder))].sort()).toEqual([...NAMESPACES].sort());
  });

  it.each(parsed.map((p) => [p.name, p]))("%s parses without a problem", (_name, file) => {
    expect(file.problems).toEqual([]);
    expect(file.namespace).toBe(file.folder);
    expect(file.rules.length).toBeGreaterThan(10);
  });

  it.each(
    rules.map((r) => [`${r.namespace} ${r.kind} ${r.sourceCode} → ${r.targetCode} (line ${r.line})`, r]),
  )("%s resolves as its relationship says on valid_from", (_name, rule) => {
    const resolution = book.resolve(rule.namespace, rule.kind, rule.sourceCode, rule.validFrom);
    expect(resolution).toMatchObject({ ruleVersion: rule.version, relationship: rule.relationship });
    if (rule.relationship === "NO_COUNTERPART") {
      expect(resolution).toMatchObject({ status: "UNMAPPED", target: null, ruleSource: rule.source });
    } else if (rule.relationship === "NARROWER") {
      expect(resolution.status).toBe("AMBIGUOUS");
      expect(resolution.target).toBeNull();
      expect(resolution.candidates).toContain(rule.targetCode);
    } else {
      expect(resolution).toMatchObject({
        status: "MAPPED",
        target: rule.targetCode,
        ruleSource: rule.source,
      });
    }
  });

  it.each(
    NAMESPACES.flatMap((ns) =>
      (["LEVEL", "CERTIFICATION", "CONTRACT_TYPE", "CONTRACT_STATUS", "END_REASON", "TRADE"] as const).map(
        (kind) => [ns, kind] as const,
      ),
    ),
  )("%s %s: an unknown code is UNMAPPED with no rule behind it", (namespace, kind) => {
    expect(book.resolve(namespace, kind, "NO-SUCH-CODE", "2020-01-01")).toMatchObject({
      status: "UNMAPPED",
      target: null,
      relationship: null,
      ruleVersion: null,
    });
  });

  it("maps nothing before the common contract existed (2015-09-01)", () => {
    expect(rules.every((r) => r.validFrom === "2015-09-01" && r.validTo === null && r.version === 1)).toBe(
      true,
    );
    expect(
      rules.filter(
        (r) => book.resolve(r.namespace, r.kind, r.sourceCode, "2015-08-31").status !== "UNMAPPED",
      ),
    ).toEqual([]);
  });

  it("shapes the non-trade vocabularies as separate systems: the only codes that are not one to one", () => {
    const notOneToOne = rules
      .filter((r) => r.kind !== "TRADE" && r.relationship !== "EQUIVALENT")
      .map((r) => `${r.namespace} ${r.kind} ${r.sourceCode} ${r.relationship} ${r.targetCode ?? "-"}`)
      .sort();
    expect(notOneToOne).toEqual([
      "cefa END_REASON REORIENTATION NO_COUNTERPART -",
      "cefa END_REASON RUPTURE NARROWER MUTUAL",
      "cefa END_REASON RUPTURE NARROWER NOTICE",
      "ifapme END_REASON R02A BROADER NOTICE",
      "ifapme END_REASON R02E BROADER NOTICE",
      "sfpme END_REASON DEMENAGEMENT NO_COUNTERPART -",
    ]);
  });

  it("leaves CEFA's rupture AMBIGUOUS between notice and mutual agreement, never picking one", () => {
    expect(book.resolve("cefa", "END_REASON", "RUPTURE", "2023-03-15")).toMatchObject({
      status: "AMBIGUOUS",
      target: null,
      candidates: ["MUTUAL", "NOTICE"],
      relationship: "NARROWER",
    });
  });

  it("gives IFAPME no trial status and no rule for R09, which its code list added in 2024", () => {
    expect(
      rules.filter((r) => r.namespace === "ifapme" && r.kind === "CONTRACT_STATUS").map((r) => r.targetCode),
    ).not.toContain("TRIAL");
    expect(book.resolve("ifapme", "END_REASON", "R09", "2025-01-15")).toMatchObject({
      status: "UNMAPPED",
      relationship: null,
    });
  });

  it("keeps distinct arrangements off CONTRAT_ALTERNANCE: only each provider's contrat d'alternance maps to it", () => {
    const ontoAlternance = rules
      .filter((r) => r.kind === "CONTRACT_TYPE" && r.targetCode === "CONTRAT_ALTERNANCE")
      .map((r) => `${r.namespace} ${r.sourceCode}`);
    expect(ontoAlternance).toEqual(["cefa CA", "ifapme CAL", "sfpme CALT"]);
    const pre2015 = rules
      .filter(
        (r) => r.kind === "CONTRACT_TYPE" && ["CISP", "CONTRAT_APPRENTISSAGE"].includes(r.targetCode ?? ""),
      )
      .map((r) => `${r.namespace} ${r.sourceCode} ${r.targetCode}`);
    expect(pre2015).toEqual([
      "cefa CISP CISP",
      "ifapme CAPP CONTRAT_APPRENTISSAGE",
      "sfpme CA-CM CONTRAT_APPRENTISSAGE",
    ]);
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
        (r) => r.kind === "CERTIFICATION" && cefaOnly.includes(r.targetCode ?? "") && r.namespace !== "cefa",
      ),
    ).toEqual([]);
  });

  it("gives every rule a source", () => {
    expect(rules.filter((r) => !/domain\.md §\d+|modelling choice/.test(r.source))).toEqual([]);
  });
});
