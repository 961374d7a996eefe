import { readCsvTable } from "../csv/readCsvTable";
import { readValidity } from "../csv/readValidity";
import {
  MAPPING_KINDS,
  NAMESPACES,
  RELATIONSHIPS,
  isMappingKind,
  isNamespace,
  isRelationship,
  type LocatedMappingRule,
  type Namespace,
} from "./MappingRule";
import type { RuleFileProblem } from "./RuleFileError";

/** The header of a rule file (schema/mappings/README.md). */
export const RULE_FILE_COLUMNS = [
  "kind",
  "source_code",
  "target_code",
  "relationship",
  "valid_from",
  "valid_to",
  "version",
  "source",
] as const;

/** What parseRuleFile found: the rules, or none and every problem. */
export interface ParsedRuleFile {
  /**
   * From the folder the file sits in (`rules/cefa/codes.csv` → cefa): one folder per namespace, written by that
   * namespace's owner only, with one file per topic (codes, trades).
   */
  namespace: Namespace | null;
  /** Empty whenever `problems` is not: a file is accepted whole or refused whole. */
  rules: LocatedMappingRule[];
  problems: RuleFileProblem[];
}

// Postgres integer: a version beyond it could not be stored.
const MAX_VERSION = 2_147_483_647;

/**
 * Parses one namespace's rule file into typed rules (domain.md §10). Syntax and value problems are collected for
 * EVERY line (unknown column, bad kind, relationship or date, valid_to before valid_from, a version that is not
 * a positive whole number, an empty code, a repeated (kind, source_code, version)) and any one of them refuses
 * the whole file: loading half a file would silently withdraw the other half's mappings. Whether codes exist is
 * validateRules' job.
 */
export function parseRuleFile(file: string, text: string): ParsedRuleFile {
  const problems: RuleFileProblem[] = [];
  const parts = file.split(/[\\/]/);
  const folder = parts.length > 1 ? parts[parts.length - 2] : "";
  const namespace = isNamespace(folder) && file.endsWith(".csv") ? folder : null;
  if (namespace === null) {
    problems.push({
      file,
      line: 0,
      reason: `a rule file must be rules/<namespace>/<name>.csv with a namespace among ${NAMESPACES.join(", ")}; got ${JSON.stringify(parts.slice(-2).join("/"))}`,
    });
  }

  const table = readCsvTable(file, text, RULE_FILE_COLUMNS);
  problems.push(...table.problems);

  const rules: LocatedMappingRule[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const { line, values } of table.rows) {
    const lineProblems: string[] = [];
    const kind = values.kind;
    if (!isMappingKind(kind))
      lineProblems.push(`kind ${JSON.stringify(kind)} is not one of ${MAPPING_KINDS.join(", ")}`);
    const relationship = values.relationship;
    if (!isRelationship(relationship)) {
      lineProblems.push(
        `relationship ${JSON.stringify(relationship)} is not one of ${RELATIONSHIPS.join(", ")}`,
      );
    }
    const sourceProblem = codeProblem(values.source_code);
    if (sourceProblem) lineProblems.push(`source_code ${sourceProblem}`);
    // NO_COUNTERPART says there is no common value: a target would contradict it.
    if (relationship === "NO_COUNTERPART") {
      if (values.target_code !== "") {
        lineProblems.push(
          `target_code must be empty for NO_COUNTERPART, got ${JSON.stringify(values.target_code)}`,
        );
      }
    } else {
      const targetProblem = codeProblem(values.target_code);
      if (targetProblem)
        lineProblems.push(`target_code ${targetProblem} (only NO_COUNTERPART has no target)`);
    }
    const { validFrom, validTo, problems: validityProblems } = readValidity(values);
    lineProblems.push(...validityProblems);
    const version = /^[1-9][0-9]*$/.test(values.version) ? Number(values.version) : NaN;
    if (!Number.isSafeInteger(version) || version > MAX_VERSION) {
      lineProblems.push(`version ${JSON.stringify(values.version)} is not a whole number from 1`);
    }
    if (values.source.trim() === "") {
      lineProblems.push('source is empty; give the domain.md section and URL, or "modelling choice"');
    }

    // One version of a code may have several rows only when it splits into several NARROWER targets.
    const key = `${kind}\u0000${values.source_code}\u0000${values.target_code}\u0000${values.version}`;
    const firstLine = firstLineOfKey.get(key);
    if (firstLine !== undefined) {
      lineProblems.push(
        `duplicate of line ${firstLine}: same kind, source_code, target_code and version (${kind} ${values.source_code} → ${values.target_code || "(none)"} v${values.version})`,
      );
    } else {
      firstLineOfKey.set(key, line);
    }

    problems.push(...lineProblems.map((reason) => ({ file, line, reason })));
    if (
      lineProblems.length === 0 &&
      namespace !== null &&
      isMappingKind(kind) &&
      isRelationship(relationship)
    ) {
      rules.push({
        namespace,
        kind,
        sourceCode: values.source_code,
        targetCode: values.target_code === "" ? null : values.target_code,
        relationship,
        validFrom,
        validTo,
        version,
        source: values.source,
        file,
        line,
      });
    }
  }
  return problems.length > 0 ? { namespace, rules: [], problems } : { namespace, rules, problems };
}

function codeProblem(code: string): string | null {
  if (code === "") return "is empty";
  if (code.trim() !== code) return `${JSON.stringify(code)} has leading or trailing spaces`;
  return null;
}
