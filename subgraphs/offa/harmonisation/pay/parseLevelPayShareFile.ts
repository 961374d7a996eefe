import { periodsOverlap } from "../calendar/isoDate";
import { readCsvTable } from "../csv/readCsvTable";
import { readValidity } from "../csv/readValidity";
import { COMMON_LEVELS, isCommonLevel } from "../rules/MappingRule";
import type { RuleFileProblem } from "../rules/RuleFileError";
import type { LevelPayShare } from "./PayReference";

/** The header of schema/mappings/reference/level-pay-shares.csv. */
export const LEVEL_PAY_SHARE_FILE_COLUMNS = ["level", "percent", "valid_from", "valid_to", "source"] as const;

/**
 * Parses the level pay-share file (domain.md §3: A 17, B 24, C 32 % of the RMMMG): a common level, a whole
 * percent from 1 to 100 (whole, so the pay arithmetic stays exact), validity dates (empty valid_to = open) and a
 * source; two periods of the same level may not share a day. Any problem refuses the whole file.
 */
export function parseLevelPayShareFile(
  file: string,
  text: string,
): { rows: LevelPayShare[]; problems: RuleFileProblem[] } {
  const table = readCsvTable(file, text, LEVEL_PAY_SHARE_FILE_COLUMNS);
  const problems = [...table.problems];
  const rows: (LevelPayShare & { line: number })[] = [];
  for (const { line, values } of table.rows) {
    const lineProblems: string[] = [];
    const level = values.level;
    if (!isCommonLevel(level))
      lineProblems.push(`level ${JSON.stringify(level)} is not one of ${COMMON_LEVELS.join(", ")}`);
    const percent = /^[0-9]{1,3}$/.test(values.percent) ? Number(values.percent) : NaN;
    if (!(percent >= 1 && percent <= 100)) {
      lineProblems.push(`percent ${JSON.stringify(values.percent)} is not a whole number from 1 to 100`);
    }
    const { validFrom, validTo, problems: validityProblems } = readValidity(values);
    lineProblems.push(...validityProblems);
    if (values.source.trim() === "") lineProblems.push("source is empty");
    problems.push(...lineProblems.map((reason) => ({ file, line, reason })));
    if (lineProblems.length === 0 && isCommonLevel(level)) {
      rows.push({ level, percent, validFrom, validTo, source: values.source, line });
    }
  }
  for (let j = 1; j < rows.length; j += 1) {
    for (let i = 0; i < j; i += 1) {
      const [a, b] = [rows[i], rows[j]];
      if (a.level === b.level && periodsOverlap(a.validFrom, a.validTo, b.validFrom, b.validTo)) {
        problems.push({
          file,
          line: b.line,
          reason: `level ${b.level} already has a share on line ${a.line} for days of this period`,
        });
      }
    }
  }
  if (problems.length > 0) return { rows: [], problems: problems.sort((a, b) => a.line - b.line) };
  return { rows: rows.map(({ line: _line, ...row }) => row), problems };
}
