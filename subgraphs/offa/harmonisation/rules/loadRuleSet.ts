import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Database } from "../../../kit/db/Database";
import { parseLevelPayShareFile } from "../pay/parseLevelPayShareFile";
import { parseRmmmgFile } from "../pay/parseRmmmgFile";
import { parseSchoolYearWeeksFile } from "../hours/parseSchoolYearWeeksFile";
import type { SchoolYearWeeks } from "../hours/SchoolYearWeeks";
import type { LevelPayShare, RmmmgRow } from "../pay/PayReference";
import { insertRuleSet } from "../store/insertRuleSet";
import { selectCommonVocabularies } from "../store/selectCommonVocabularies";
import { selectLatestRuleSet, type RuleSetFileRecord } from "../store/selectLatestRuleSet";
import { selectRuleSetRows } from "../store/selectRuleSetRows";
import { NAMESPACES, type LocatedMappingRule, type MappingRule, type Namespace } from "./MappingRule";
import { parseRuleFile } from "./parseRuleFile";
import { RuleFileError, type RuleFileProblem } from "./RuleFileError";
import { validateRules } from "./validateRules";
import type { ProviderVocabulary } from "./Vocabularies";

/** The data files of one rule set (schema/mappings/README.md). */
export interface RuleSetFiles {
  /** `rules/<namespace>/<topic>.csv`: one folder per provider namespace, one or more files in each. */
  rules: readonly string[];
  /** reference/rmmmg.csv */
  rmmmg: string;
  /** reference/level-pay-shares.csv */
  levelPayShares: string;
  /** reference/school-year-weeks.csv */
  schoolYearWeeks: string;
}

/** How many rows a rule set holds. */
export interface RuleSetCounts {
  rules: number;
  rulesByNamespace: Record<Namespace, number>;
  rmmmg: number;
  levelPayShares: number;
  schoolYearWeeks: number;
}

/** What loadRuleSet did: `loaded` false means the files equal the set in force, which stays as it was. */
export interface LoadRuleSetResult {
  ruleSetId: number;
  loaded: boolean;
  counts: RuleSetCounts;
}

/** The checked-in files under a mappings folder (schema/mappings): rules/NAMESPACE/NAME.csv and the reference files. */
export function ruleSetFilesIn(mappingsDir: string): RuleSetFiles {
  const rulesDir = join(mappingsDir, "rules");
  const folders = readdirSync(rulesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return {
    rules: folders
      .flatMap((folder) =>
        readdirSync(join(rulesDir, folder.name))
          .filter((file) => file.endsWith(".csv"))
          .map((file) => join(rulesDir, folder.name, file)),
      )
      .sort(),
    rmmmg: join(mappingsDir, "reference", "rmmmg.csv"),
    levelPayShares: join(mappingsDir, "reference", "level-pay-shares.csv"),
    schoolYearWeeks: join(mappingsDir, "reference", "school-year-weeks.csv"),
  };
}

/**
 * Loads the mapping data files as a new rule set, the one in force from then on (domain.md §3, §10). Every
 * file is read, parsed and validated first (provider vocabularies as given, OFFA's common vocabularies from the
 * database); only when ALL are valid is the set written, in ONE transaction. Any problem throws a RuleFileError
 * listing every { file, line, reason } and leaves the database untouched. Earlier sets stay for traceability.
 * Files (and provider vocabularies) whose checksum equals the set in force are not loaded again (`loaded: false`).
 *
 * Every namespace with a vocabulary must have exactly one file: loading a set without it would silently
 * withdraw all of that namespace's mappings.
 */
export async function loadRuleSet(
  db: Database,
  options: { files: RuleSetFiles; vocabularies: readonly ProviderVocabulary[] },
): Promise<LoadRuleSetResult> {
  const problems: RuleFileProblem[] = [];
  const read = (path: string, label: string): { path: string; label: string; text: string } => {
    try {
      return { path, label, text: readFileSync(path, "utf8") };
    } catch (error) {
      problems.push({ file: path, line: 0, reason: `cannot read the file: ${(error as Error).message}` });
      return { path, label, text: "" };
    }
  };
  const ruleTexts = options.files.rules.map((path) =>
    read(path, `rules/${basename(dirname(path))}/${basename(path)}`),
  );
  const rmmmgText = read(options.files.rmmmg, "reference/rmmmg.csv");
  const sharesText = read(options.files.levelPayShares, "reference/level-pay-shares.csv");
  const weeksText = read(options.files.schoolYearWeeks, "reference/school-year-weeks.csv");
  if (problems.length > 0) throw new RuleFileError(problems);

  // The vocabularies count too: when a provider drops or adds a code, unchanged files are validated again.
  const vocabularyText = {
    label: "provider vocabularies",
    text: JSON.stringify(
      [...options.vocabularies]
        .sort((a, b) => a.namespace.localeCompare(b.namespace))
        .map((v) => [
          v.namespace,
          v.codes.map((c) => `${c.kind}:${c.code}:${c.validFrom ?? ""}:${c.validTo ?? ""}`).sort(),
        ]),
    ),
  };
  const checksum = checksumOf([...ruleTexts, rmmmgText, sharesText, weeksText, vocabularyText]);
  const latest = await selectLatestRuleSet(db);
  if (latest?.checksum === checksum) return unchanged(db, latest.id);

  const rules: LocatedMappingRule[] = [];
  const fileRecords: RuleSetFileRecord[] = [];
  const namespacesWithFiles = new Set<string>();
  for (const { path, label, text } of ruleTexts) {
    const parsed = parseRuleFile(path, text);
    problems.push(...parsed.problems);
    rules.push(...parsed.rules);
    fileRecords.push({ name: label, sha256: sha256(text), rows: parsed.rules.length });
    if (parsed.namespace !== null) namespacesWithFiles.add(parsed.namespace);
  }
  for (const { namespace } of options.vocabularies) {
    if (!namespacesWithFiles.has(namespace)) {
      problems.push({
        file: `rules/${namespace}/`,
        line: 0,
        reason: `no rule file for namespace ${namespace}; loading without it would withdraw every ${namespace} mapping`,
      });
    }
  }
  const rmmmg = parseRmmmgFile(rmmmgText.path, rmmmgText.text);
  const shares = parseLevelPayShareFile(sharesText.path, sharesText.text);
  const weeks = parseSchoolYearWeeksFile(weeksText.path, weeksText.text);
  problems.push(...rmmmg.problems, ...shares.problems, ...weeks.problems);
  fileRecords.push(
    { name: rmmmgText.label, sha256: sha256(rmmmgText.text), rows: rmmmg.rows.length },
    { name: sharesText.label, sha256: sha256(sharesText.text), rows: shares.rows.length },
    { name: weeksText.label, sha256: sha256(weeksText.text), rows: weeks.rows.length },
  );

  const common = await selectCommonVocabularies(db);
  problems.push(...validateRules(rules, { providers: options.vocabularies, common }));
  if (problems.length > 0) throw new RuleFileError(problems);

  const cleanRules: MappingRule[] = rules.map(({ file: _file, line: _line, ...rule }) => rule);
  return db.transaction(async (tx) => {
    // One loader at a time: SHARE ROW EXCLUSIVE conflicts with itself but not with readers of the set in force.
    await tx.query("LOCK TABLE offa.rule_set IN SHARE ROW EXCLUSIVE MODE");
    const current = await selectLatestRuleSet(tx);
    if (current?.checksum === checksum) {
      return {
        ruleSetId: current.id,
        loaded: false,
        counts: countsOf(cleanRules, rmmmg.rows, shares.rows, weeks.rows),
      };
    }
    const ruleSetId = await insertRuleSet(tx, {
      checksum,
      files: fileRecords,
      rules: cleanRules,
      rmmmg: rmmmg.rows,
      levelPayShares: shares.rows,
      schoolYearWeeks: weeks.rows,
    });
    return { ruleSetId, loaded: true, counts: countsOf(cleanRules, rmmmg.rows, shares.rows, weeks.rows) };
  });
}

async function unchanged(db: Database, ruleSetId: number): Promise<LoadRuleSetResult> {
  const rows = await selectRuleSetRows(db, ruleSetId);
  return {
    ruleSetId,
    loaded: false,
    counts: countsOf(rows.rules, rows.rmmmg, rows.levelPayShares, rows.schoolYearWeeks),
  };
}

function countsOf(
  rules: readonly MappingRule[],
  rmmmg: readonly RmmmgRow[],
  levelPayShares: readonly LevelPayShare[],
  schoolYearWeeks: readonly SchoolYearWeeks[],
): RuleSetCounts {
  const rulesByNamespace = Object.fromEntries(NAMESPACES.map((ns) => [ns, 0])) as Record<Namespace, number>;
  for (const rule of rules) rulesByNamespace[rule.namespace] += 1;
  return {
    rules: rules.length,
    rulesByNamespace,
    rmmmg: rmmmg.length,
    levelPayShares: levelPayShares.length,
    schoolYearWeeks: schoolYearWeeks.length,
  };
}

// The checksum covers each file's role/name and content, in a fixed order, so reordering the list or moving the
// folder does not count as a change but editing any byte does.
function checksumOf(files: readonly { label: string; text: string }[]): string {
  const hash = createHash("sha256");
  for (const file of [...files].sort((a, b) => a.label.localeCompare(b.label))) {
    hash.update(`${file.label}\n${sha256(file.text)}\n`);
  }
  return hash.digest("hex");
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
