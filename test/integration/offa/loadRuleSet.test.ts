import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { createPostgresDatabase } from "../../../subgraphs/kit/db/createPostgresDatabase";
import type { Database } from "../../../subgraphs/kit/db/Database";
import { loadMigrations, runMigrations } from "../../../subgraphs/kit/db/runMigrations";
import {
  RuleFileError,
  loadRuleSet,
  readRuleBook,
  ruleSetFilesIn,
  type RuleSetFiles,
} from "../../../subgraphs/offa/harmonisation";
import { createTestDatabase, type TestDatabase } from "../../helpers/createTestDatabase";
import { providerVocabularies } from "../../helpers/providerVocabularies";
import type { ProviderVocabulary } from "../../../subgraphs/offa/harmonisation";

const ROOT = resolve(__dirname, "../../..");
const MAPPINGS = join(ROOT, "schema/mappings");

describe("loadRuleSet on PostgreSQL", () => {
  let testDb: TestDatabase;
  let db: Database;
  let scratch: string;
  const files = ruleSetFilesIn(MAPPINGS);
  let vocabularies: ProviderVocabulary[];
  // Counted from the files as text (data lines, header excluded), independently of the parser under test.
  const dataLines = (path: string) => readFileSync(path, "utf8").trimEnd().split("\n").length - 1;
  const labelOf = (path: string) => `rules/${basename(dirname(path))}/${basename(path)}`;
  const rulesIn = (namespace: string) =>
    files.rules.filter((path) => basename(dirname(path)) === namespace).reduce((n, p) => n + dataLines(p), 0);
  const ruleCount = files.rules.reduce((n, path) => n + dataLines(path), 0);

  beforeAll(async () => {
    testDb = await createTestDatabase("offa_rules");
    db = createPostgresDatabase(testDb.url, { maxConnections: 3 });
    await runMigrations(db, "offa", loadMigrations(join(ROOT, "subgraphs/offa/migrations")));
    // The providers' code lists, read with the providers' own code queries from their migrated schemas.
    vocabularies = await providerVocabularies(db);
    scratch = mkdtempSync(join(tmpdir(), "offa-rules-"));
  });

  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const count = async (table: string, ruleSetId: number): Promise<number> =>
    Number(
      (
        await db.query<{ n: string }>(`SELECT count(*) AS n FROM offa.${table} WHERE rule_set_id = $1`, [
          ruleSetId,
        ])
      )[0].n,
    );

  it("loads the checked-in files as rule set 1, every row accounted for", async () => {
    const result = await loadRuleSet(db, { files, vocabularies });
    expect(result).toEqual({
      ruleSetId: 1,
      loaded: true,
      counts: {
        rules: ruleCount,
        rulesByNamespace: { cefa: rulesIn("cefa"), ifapme: rulesIn("ifapme"), sfpme: rulesIn("sfpme") },
        rmmmg: 9,
        levelPayShares: 3,
        schoolYearWeeks: 1,
      },
    });
    expect([
      await count("mapping_rule", 1),
      await count("rmmmg", 1),
      await count("level_pay_share", 1),
      await count("school_year_weeks", 1),
    ]).toEqual([ruleCount, 9, 3, 1]);
    const [set] = await db.query<{ files: { name: string; rows: number }[] }>(
      "SELECT files FROM offa.rule_set WHERE id = 1",
    );
    expect(set.files.map((f) => [f.name, f.rows])).toEqual([
      ...files.rules.map((path) => [labelOf(path), dataLines(path)]),
      ["reference/rmmmg.csv", 9],
      ["reference/level-pay-shares.csv", 3],
      ["reference/school-year-weeks.csv", 1],
    ]);
  });

  it("maps every code of the providers' code lists, except R09 that IFAPME added in 2024", async () => {
    const book = await readRuleBook(db);
    const withoutRule = vocabularies.flatMap((vocabulary) =>
      vocabulary.codes
        .filter((code) => book.rulesFor(vocabulary.namespace, code.kind, code.code).length === 0)
        .map((code) => `${vocabulary.namespace} ${code.kind} ${code.code}`),
    );
    expect(withoutRule).toEqual(["ifapme END_REASON R09"]);
    const ruleWithoutCode = book
      .rules()
      .filter(
        (rule) =>
          !vocabularies
            .find((v) => v.namespace === rule.namespace)!
            .codes.some((code) => code.kind === rule.kind && code.code === rule.sourceCode),
      );
    expect(ruleWithoutCode).toEqual([]);
  });

  it("reads the set in force back into a RuleBook that resolves and knows the RMMMG", async () => {
    const book = await readRuleBook(db);
    expect(book.ruleSetId).toBe(1);
    expect(book.rules()).toHaveLength(ruleCount);
    expect(book.resolve("ifapme", "CERTIFICATION", "CAP", "2023-06-30")).toMatchObject({
      status: "MAPPED",
      target: "CERTIFICAT_APPRENTISSAGE",
    });
    expect(book.resolve("cefa", "TRADE", "4502", "2020-01-01")).toMatchObject({
      target: "MENUISIER",
      relationship: "BROADER",
      validTo: null,
    });
    expect(book.rmmmg.find((r) => r.validFrom === "2023-01-01")).toEqual({
      validFrom: "2023-01-01",
      validTo: "2023-09-30",
      amountCents: 195499,
      derived: false,
      source: expect.stringContaining("domain.md §3"),
    });
    expect(book.levelPayShares.map((s) => [s.level, s.percent, s.validTo])).toEqual([
      ["A", 17, null],
      ["B", 24, null],
      ["C", 32, null],
    ]);
  });

  it("skips a second load of the same files", async () => {
    const result = await loadRuleSet(db, { files, vocabularies });
    expect(result).toMatchObject({
      ruleSetId: 1,
      loaded: false,
      counts: { rules: ruleCount, rmmmg: 9, levelPayShares: 3 },
    });
    expect(await db.query("SELECT id FROM offa.rule_set")).toEqual([{ id: 1 }]);
  });

  it("validates unchanged files again when a provider drops a code they map, and refuses them", async () => {
    const withoutP3 = vocabularies.map((vocabulary) =>
      vocabulary.namespace === "cefa"
        ? {
            ...vocabulary,
            codes: vocabulary.codes.filter((code) => !(code.kind === "LEVEL" && code.code === "P3")),
          }
        : vocabulary,
    );
    const error = await loadRuleSet(db, { files, vocabularies: withoutP3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleFileError);
    expect((error as RuleFileError).problems.some((problem) => /P3/.test(problem.reason))).toBe(true);
    expect(await db.query("SELECT id FROM offa.rule_set")).toEqual([{ id: 1 }]);
  });

  /** Copies of the checked-in rule files under scratch/<folder>/rules/<namespace>/, for a test to edit. */
  function copyOfRuleFiles(folder: string): RuleSetFiles & { at: (namespace: string) => string } {
    const rules = files.rules.map((path) => {
      const dir = join(scratch, folder, "rules", basename(dirname(path)));
      mkdirSync(dir, { recursive: true });
      const copy = join(dir, basename(path));
      copyFileSync(path, copy);
      return copy;
    });
    return { ...files, rules, at: (namespace) => join(scratch, folder, "rules", namespace, "codes.csv") };
  }

  it("refuses broken files with every problem, and leaves the rules in force untouched", async () => {
    const broken = copyOfRuleFiles("broken");
    // sfpme: a CESS it may not issue (line 5 is its first certification row) and a code it does not have.
    const sfpmeLines = readFileSync(broken.at("sfpme"), "utf8").trimEnd().split("\n");
    expect(sfpmeLines[4]).toMatch(/^CERTIFICATION,CERT-APP,/);
    sfpmeLines[4] = sfpmeLines[4].replace(
      "CERTIFICATION,CERT-APP,CERTIFICAT_APPRENTISSAGE,",
      "CERTIFICATION,CERT-APP,CESS,",
    );
    sfpmeLines.push("TRADE,NO-SUCH-TRADE,MENUISIER,EQUIVALENT,2015-09-01,,1,test");
    writeFileSync(broken.at("sfpme"), sfpmeLines.join("\n") + "\n");
    // ifapme: one malformed line refuses the whole file.
    const ifapmeText = readFileSync(broken.at("ifapme"), "utf8");
    writeFileSync(broken.at("ifapme"), ifapmeText + "LEVEL,NIV-D,D,SIMILAR,2015-09-01,,1,test\n");

    const before = await readRuleBook(db);
    const error = await loadRuleSet(db, { files: broken, vocabularies }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleFileError);
    expect((error as RuleFileError).problems).toEqual([
      {
        file: broken.at("ifapme"),
        line: ifapmeText.trimEnd().split("\n").length + 1,
        reason: 'relationship "SIMILAR" is not one of EQUIVALENT, BROADER, NARROWER, NO_COUNTERPART',
      },
      {
        file: broken.at("sfpme"),
        line: 5,
        reason: "target_code CESS cannot be issued by sfpme (issuing providers: cefa)",
      },
      {
        file: broken.at("sfpme"),
        line: sfpmeLines.length,
        reason: "source_code NO-SUCH-TRADE is not a TRADE code of sfpme",
      },
    ]);

    expect(await db.query("SELECT id FROM offa.rule_set")).toEqual([{ id: 1 }]);
    expect(await count("mapping_rule", 1)).toBe(ruleCount);
    const after = await readRuleBook(db);
    expect(after.ruleSetId).toBe(before.ruleSetId);
    expect(after.rules()).toEqual(before.rules());
  });

  it("refuses a rule set that leaves out a namespace's file", async () => {
    const withoutCefa = { ...files, rules: files.rules.filter((p) => basename(dirname(p)) !== "cefa") };
    const error = await loadRuleSet(db, { files: withoutCefa, vocabularies }).catch((e: unknown) => e);
    expect((error as RuleFileError).problems).toEqual([
      {
        file: "rules/cefa/",
        line: 0,
        reason: "no rule file for namespace cefa; loading without it would withdraw every cefa mapping",
      },
    ]);
  });

  it("loads an edited file as a new rule set in force, keeping the earlier set for traceability", async () => {
    const edited = copyOfRuleFiles("edited");
    // A synthetic edit: P3 → C ends on 2024-08-31 and a version 2 takes over from 2024-09-01.
    const cefa = readFileSync(edited.at("cefa"), "utf8").replace(
      /^LEVEL,P3,C,EQUIVALENT,2015-09-01,,1,/m,
      "LEVEL,P3,C,EQUIVALENT,2015-09-01,2024-08-31,1,",
    );
    writeFileSync(edited.at("cefa"), cefa + "LEVEL,P3,C,NARROWER,2024-09-01,,2,modelling choice (test)\n");

    const result = await loadRuleSet(db, { files: edited, vocabularies });
    expect(result).toMatchObject({
      ruleSetId: 2,
      loaded: true,
      counts: {
        rules: ruleCount + 1,
        rulesByNamespace: { cefa: rulesIn("cefa") + 1, ifapme: rulesIn("ifapme"), sfpme: rulesIn("sfpme") },
      },
    });
    expect([await count("mapping_rule", 1), await count("mapping_rule", 2), await count("rmmmg", 2)]).toEqual(
      [ruleCount, ruleCount + 1, 9],
    );

    const book = await readRuleBook(db);
    expect(book.ruleSetId).toBe(2);
    expect(book.resolve("cefa", "LEVEL", "P3", "2024-08-31")).toMatchObject({
      target: "C",
      relationship: "EQUIVALENT",
      ruleVersion: 1,
      ruleSetId: 2,
    });
    expect(book.resolve("cefa", "LEVEL", "P3", "2024-09-01")).toMatchObject({
      target: "C",
      relationship: "NARROWER",
      ruleVersion: 2,
    });
  });

  it("refuses a pre-2015 arrangement mapped onto the contrat d'alternance, and another provider's code", async () => {
    const wrong = copyOfRuleFiles("pre2015");
    const ifapme = readFileSync(wrong.at("ifapme"), "utf8").trimEnd().split("\n");
    const capp = ifapme.findIndex((line) => line.startsWith("CONTRACT_TYPE,CAPP,"));
    expect(capp).toBeGreaterThan(0);
    ifapme[capp] = ifapme[capp].replace(
      "CONTRACT_TYPE,CAPP,CONTRAT_APPRENTISSAGE,",
      "CONTRACT_TYPE,CAPP,CONTRAT_ALTERNANCE,",
    );
    ifapme.push("LEVEL,P1,A,EQUIVALENT,2015-09-01,,1,test");
    writeFileSync(wrong.at("ifapme"), ifapme.join("\n") + "\n");

    const error = await loadRuleSet(db, { files: wrong, vocabularies }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleFileError);
    expect((error as RuleFileError).problems).toEqual([
      {
        file: wrong.at("ifapme"),
        line: capp + 1,
        reason: expect.stringContaining("an arrangement from before 2015 is never the contrat d'alternance"),
      },
      {
        file: wrong.at("ifapme"),
        line: ifapme.length,
        reason: expect.stringContaining("it is a code of cefa: only a namespace's owner maps its codes"),
      },
    ]);
    expect((await readRuleBook(db)).ruleSetId).toBe(2);
  });

  it("rejects a target that bypasses the loader, through the database trigger", async () => {
    await expect(
      db.query(
        `INSERT INTO offa.mapping_rule (rule_set_id, namespace, kind, source_code, target_code, relationship, valid_from, version, source)
         VALUES (2, 'ifapme', 'CERTIFICATION', 'X', 'CESS', 'EQUIVALENT', '2015-09-01', 9, 'test')`,
      ),
    ).rejects.toThrow(/no common CERTIFICATION code CESS may be issued or used by ifapme/);
  });
});
