import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AMBIGUOUS_CODES, UNMAPPED_BY_DESIGN } from "../codes";
import {
  cefaOptions,
  commonTrades,
  commonTradesOf,
  efpFormations,
  ifapmeMetiers,
  providerTrades,
  truthOf,
} from "../tradeCatalogue";
import { smallDataset } from "./fixtures";

const RULES = join(__dirname, "../../../schema/mappings/rules");

/** The (code, relationship) pairs of a provider's trade rule file, read as plain CSV lines. */
function ruleRows(namespace: "cefa" | "ifapme" | "sfpme"): { code: string; relationship: string }[] {
  return readFileSync(join(RULES, namespace, "trades.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [, code, , relationship] = line.split(",");
      return { code, relationship };
    });
}

const common = new Map(commonTrades.map((trade) => [trade.code, trade]));

describe("the provider trade catalogues", () => {
  it("give each provider trade one synthetic common trade, among the ones its rules name", () => {
    for (const { trade } of providerTrades) {
      const truth = truthOf(trade.mapping);
      expect(common.has(truth)).toBe(true);
      const targets = commonTradesOf(trade.mapping);
      if (targets.length > 0) expect(targets).toContain(truth);
    }
  });

  it("keep efp formations taught at an IFAPME centre, in an IFAPME métier of the same common trade", () => {
    const atIfapme = efpFormations.filter((formation) => !formation.taughtByEfp);
    expect(atIfapme.length).toBeGreaterThan(0);
    for (const formation of atIfapme) {
      const metier = ifapmeMetiers.find((m) => m.code === formation.coursesAt);
      expect(metier).toBeDefined();
      expect(truthOf(metier!.mapping)).toBe(truthOf(formation.mapping));
    }
  });

  it.each([
    ["cefa", cefaOptions],
    ["ifapme", ifapmeMetiers],
    ["sfpme", efpFormations],
  ] as const)(
    "weight %s's food, construction, hairdressing and restaurants high and digital rare (domain.md §7)",
    (_provider, trades) => {
      const total = trades.reduce((sum, trade) => sum + trade.weight, 0);
      const share = (keep: (commonCode: string) => boolean) =>
        trades.filter((trade) => keep(truthOf(trade.mapping))).reduce((sum, trade) => sum + trade.weight, 0) /
        total;
      const family = (name: string) => (code: string) => common.get(code)?.family === name;
      expect(share(family("ALIMENTATION"))).toBeGreaterThan(0.1);
      expect(share(family("CONSTRUCTION"))).toBeGreaterThan(0.15);
      expect(share((code) => code === "COIFFEUR")).toBeGreaterThan(0.05);
      expect(share(family("HORECA"))).toBeGreaterThan(0.1);
      expect(share(family("NUMERIQUE"))).toBeLessThan(0.02);
    },
  );

  it.each(["cefa", "ifapme", "sfpme"] as const)(
    "list %s's NO_COUNTERPART and NARROWER trade rules in the ground truth's code lists",
    (provider) => {
      const listed = (list: typeof UNMAPPED_BY_DESIGN) =>
        list.filter((code) => code.provider === provider && code.kind === "TRADE").map((code) => code.code);
      const rows = ruleRows(provider);
      const codesOf = (relationship: string) => [
        ...new Set(rows.filter((row) => row.relationship === relationship).map((row) => row.code)),
      ];
      expect(codesOf("NO_COUNTERPART").length).toBeGreaterThan(0);
      expect(listed(UNMAPPED_BY_DESIGN).sort()).toEqual(codesOf("NO_COUNTERPART").sort());
      expect(listed(AMBIGUOUS_CODES).sort()).toEqual(codesOf("NARROWER").sort());
    },
  );
});

describe("trades in the generated dataset", () => {
  const { stores, groundTruth } = smallDataset();

  it("write each provider's own trade codes, many of them", () => {
    const used = (rows: Record<string, unknown>[], column: string) => new Set(rows.map((row) => row[column]));
    expect(used(stores.cefa.inscription, "option_code").size).toBeGreaterThan(cefaOptions.length / 2);
    expect(used(stores.ifapme.inscription, "metier_code").size).toBeGreaterThan(ifapmeMetiers.length / 2);
    expect(used(stores.sfpme.inscription, "formation_code").size).toBeGreaterThan(efpFormations.length / 3);
  });

  it("record efp learners with courses at IFAPME under the IFAPME métier of their formation", () => {
    const coursesAt = new Set(efpFormations.flatMap((formation) => formation.coursesAt ?? []));
    const fromEfp = stores.ifapme.inscription.filter((row) => row.operateur_contrat === "SFPME");
    expect(fromEfp.length).toBeGreaterThan(0);
    expect(fromEfp.filter((row) => !coursesAt.has(row.metier_code))).toEqual([]);
  });

  it("let a learner moving to another provider keep the trade, in that provider's own code", () => {
    const crossProvider = groundTruth.people.flatMap((person) =>
      person.moves.filter((move) => move.kind !== "EFP_COURSES_AT_IFAPME"),
    );
    expect(crossProvider.filter((move) => !move.tradeChanged).length).toBeGreaterThan(0);
    expect(crossProvider.filter((move) => move.tradeChanged).length).toBeGreaterThan(0);
  });

  it("use one-to-many and no-counterpart trades, counted in the ground truth", () => {
    const trades = (list: { kind: string; count: number }[]) => list.filter((code) => code.kind === "TRADE");
    expect(trades(groundTruth.vocabulary.ambiguous).length).toBeGreaterThan(0);
    expect(trades(groundTruth.vocabulary.unmapped).length).toBeGreaterThan(0);
  });
});
