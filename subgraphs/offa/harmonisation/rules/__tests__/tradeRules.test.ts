import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { commonTrades, efpFormations } from "../../../../../scripts/dataset/tradeCatalogue";
import { providerTradeTitles } from "../../../../../test/helpers/providerVocabularies";
import { ruleSetFilesIn } from "../loadRuleSet";
import { NAMESPACES, type LocatedMappingRule, type Namespace } from "../MappingRule";
import { parseRuleFile } from "../parseRuleFile";
import { RuleBook } from "../RuleBook";

// The checked-in trade rule files, held against the three provider catalogues of the generator (which seed the
// providers' trade tables) and against OFFA's common trade list in its migrations.
const ROOT = resolve(__dirname, "../../../../..");
const tradeFiles = ruleSetFilesIn(join(ROOT, "schema/mappings")).rules.filter(
  (file) => basename(file) === "trades.csv",
);
const rules: LocatedMappingRule[] = tradeFiles.flatMap(
  (file) => parseRuleFile(file, readFileSync(file, "utf8")).rules,
);
const book = RuleBook.fromRows({ ruleSetId: 1, rules, rmmmg: [], levelPayShares: [], schoolYearWeeks: [] });
const catalogue = providerTradeTitles();
const ON = "2020-01-15";

/** offa.common_trade as the OFFA migrations leave it: every row inserted, in file order. */
function commonTradeRows(): { code: string; title: string; family: string }[] {
  const folder = join(ROOT, "subgraphs/offa/migrations");
  const rows: { code: string; title: string; family: string }[] = [];
  for (const name of readdirSync(folder).sort()) {
    const sql = readFileSync(join(folder, name), "utf8");
    for (const insert of sql.matchAll(
      /INSERT INTO offa\.common_trade \(code, title, family\) VALUES([^;]*);/g,
    )) {
      for (const [, code, title, family] of insert[1].matchAll(
        /\('([^']+)', '((?:[^']|'')*)', '([^']+)'\)/g,
      )) {
        rows.push({ code, title: title.replace(/''/g, "'"), family });
      }
    }
  }
  return rows;
}

const key = (namespace: string, code: string) => `${namespace} ${code}`;
const ofProvider = (namespace: Namespace) => catalogue.filter((trade) => trade.namespace === namespace);

describe("schema/mappings/rules/<namespace>/trades.csv against the provider trade catalogues", () => {
  it("reads one trade rule file per namespace, with TRADE rules only", () => {
    expect(tradeFiles.map((file) => basename(dirname(file))).sort()).toEqual([...NAMESPACES].sort());
    expect(rules.filter((rule) => rule.kind !== "TRADE")).toEqual([]);
  });

  it("gives every trade code of each provider catalogue rules, and rules to catalogue trades only", () => {
    const ruled = [...new Set(rules.map((rule) => key(rule.namespace, rule.sourceCode)))].sort();
    const listed = catalogue.map((trade) => key(trade.namespace, trade.code)).sort();
    expect(new Set(listed).size).toBe(listed.length);
    expect(ruled).toEqual(listed);
  });

  it("maps each one-to-one catalogue trade MAPPED onto its common trade, with the catalogue's relationship", () => {
    const mismatches = catalogue.flatMap((trade) => {
      const { mapping } = trade;
      if (mapping.relationship !== "EQUIVALENT" && mapping.relationship !== "BROADER") return [];
      const got = book.resolve(trade.namespace, "TRADE", trade.code, ON);
      return got.status === "MAPPED" &&
        got.target === mapping.common &&
        got.relationship === mapping.relationship
        ? []
        : [`${key(trade.namespace, trade.code)}: ${got.status} ${got.target} ${got.relationship}`];
    });
    expect(mismatches).toEqual([]);
  });

  it("resolves each NARROWER trade AMBIGUOUS with exactly its catalogue common trades as candidates", () => {
    const narrower = catalogue.filter((trade) => trade.mapping.relationship === "NARROWER");
    expect(narrower.length).toBeGreaterThan(0);
    for (const trade of narrower) {
      if (trade.mapping.relationship !== "NARROWER") throw new Error("unreachable");
      expect(trade.mapping.candidates.length).toBeGreaterThanOrEqual(2);
      expect(book.resolve(trade.namespace, "TRADE", trade.code, ON)).toMatchObject({
        status: "AMBIGUOUS",
        target: null,
        candidates: [...trade.mapping.candidates].sort(),
        relationship: "NARROWER",
        ruleVersion: 1,
      });
    }
    // And the other way round: a code with NARROWER rules is one the catalogue calls one-to-many.
    const ambiguousInFiles = [
      ...new Set(
        rules.filter((r) => r.relationship === "NARROWER").map((r) => key(r.namespace, r.sourceCode)),
      ),
    ].sort();
    expect(ambiguousInFiles).toEqual(narrower.map((trade) => key(trade.namespace, trade.code)).sort());
  });

  it("resolves each NO_COUNTERPART trade UNMAPPED, its rule saying why", () => {
    const without = catalogue.filter((trade) => trade.mapping.relationship === "NO_COUNTERPART");
    expect(without.length).toBeGreaterThan(0);
    for (const trade of without) {
      const got = book.resolve(trade.namespace, "TRADE", trade.code, ON);
      expect(got).toMatchObject({ status: "UNMAPPED", target: null, relationship: "NO_COUNTERPART" });
      expect(got.ruleSource).toMatch(/has no common trade on purpose: \S/);
    }
    expect(
      rules
        .filter((r) => r.relationship === "NO_COUNTERPART")
        .map((r) => key(r.namespace, r.sourceCode))
        .sort(),
    ).toEqual(without.map((trade) => key(trade.namespace, trade.code)).sort());
  });

  it.each(NAMESPACES)("%s maps several trades onto one common trade (many-to-one)", (namespace) => {
    const sourcesByTarget = new Map<string, Set<string>>();
    for (const rule of rules) {
      if (rule.namespace !== namespace || rule.targetCode === null || rule.relationship === "NARROWER")
        continue;
      sourcesByTarget.set(
        rule.targetCode,
        (sourcesByTarget.get(rule.targetCode) ?? new Set()).add(rule.sourceCode),
      );
    }
    const manyToOne = [...sourcesByTarget.values()].filter((sources) => sources.size >= 2);
    expect(manyToOne.length).toBeGreaterThanOrEqual(2);
    // Of several provider trades onto one common trade, at most one can be the common trade itself.
    const equivalents = rules
      .filter((r) => r.namespace === namespace && r.relationship === "EQUIVALENT")
      .map((r) => r.targetCode);
    expect(equivalents.filter((target, index) => equivalents.indexOf(target) !== index)).toEqual([]);
  });

  it.each(NAMESPACES)("%s has a one-to-many trade and a trade with no common counterpart", (namespace) => {
    const relationships = new Set(rules.filter((r) => r.namespace === namespace).map((r) => r.relationship));
    expect(relationships).toContain("NARROWER");
    expect(relationships).toContain("NO_COUNTERPART");
  });

  it("calls a title naming a narrower job (Aide, Ouvrier, Commis, Auxiliaire…) never EQUIVALENT", () => {
    const narrowJobs = catalogue.filter((trade) => /^(Aide|Ouvrier|Commis|Auxiliaire) /.test(trade.title));
    expect(narrowJobs.length).toBeGreaterThanOrEqual(5);
    expect(
      narrowJobs
        .filter(
          (trade) => book.resolve(trade.namespace, "TRADE", trade.code, ON).relationship === "EQUIVALENT",
        )
        .map((trade) => `${key(trade.namespace, trade.code)} ${trade.title}`),
    ).toEqual([]);
  });

  it("targets only OFFA's common trades, and the generator lists exactly the migrations' common trades", () => {
    const rows = commonTradeRows();
    const codes = new Set(rows.map((row) => row.code));
    expect(codes.size).toBe(rows.length);
    expect(
      rules.filter((r) => r.targetCode !== null && !codes.has(r.targetCode)).map((r) => r.targetCode),
    ).toEqual([]);
    expect(commonTrades.map(({ code, title, family }) => ({ code, title, family }))).toEqual(rows);
    // The trades added for the provider catalogues are in use: each is the target of some rule.
    const targets = new Set(rules.map((r) => r.targetCode));
    expect(commonTrades.filter((trade) => !targets.has(trade.code)).map((t) => t.code)).toEqual([]);
  });

  it("keeps efp at about 90 formations in 10 families, each code starting with its family's prefix", () => {
    expect(efpFormations.length).toBeGreaterThanOrEqual(80);
    expect(efpFormations.length).toBeLessThanOrEqual(100);
    expect(ofProvider("sfpme")).toHaveLength(efpFormations.length);
    const familyByPrefix = new Map<string, Set<string>>();
    for (const formation of efpFormations) {
      const prefix = formation.code.split("-")[0];
      familyByPrefix.set(prefix, (familyByPrefix.get(prefix) ?? new Set()).add(formation.family));
    }
    expect(new Set(efpFormations.map((formation) => formation.family)).size).toBe(10);
    expect([...familyByPrefix.values()].every((families) => families.size === 1)).toBe(true);
    expect(familyByPrefix.size).toBe(10);
  });

  it("spells each provider's codes in its own style", () => {
    const badly = catalogue.filter(
      (trade) =>
        !{
          cefa: /^[47][0-9]{3}$/,
          ifapme: /^M[0-9]{4}$/,
          sfpme: /^[A-Z]{4}-[A-Z]+$/,
        }[trade.namespace].test(trade.code),
    );
    expect(badly).toEqual([]);
  });
});
