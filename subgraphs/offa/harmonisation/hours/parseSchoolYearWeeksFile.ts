import { periodsOverlap } from "../calendar/isoDate";
import { readCsvTable } from "../csv/readCsvTable";
import { readValidity } from "../csv/readValidity";
import type { RuleFileProblem } from "../rules/RuleFileError";
import type { SchoolYearWeeks } from "./SchoolYearWeeks";

/** The header of schema/mappings/reference/school-year-weeks.csv. */
export const SCHOOL_YEAR_WEEKS_FILE_COLUMNS = ["valid_from", "valid_to", "weeks", "source"] as const;

/**
 * Parses the school-year weeks file: validity dates (empty valid_to = open), a whole number of weeks from 1 to
 * 52 and a source; two periods may not share a day. Any problem refuses the whole file.
 */
export function parseSchoolYearWeeksFile(
  file: string,
  text: string,
): { rows: SchoolYearWeeks[]; problems: RuleFileProblem[] } {
  const table = readCsvTable(file, text, SCHOOL_YEAR_WEEKS_FILE_COLUMNS);
  const problems = [...table.problems];
  const rows: (SchoolYearWeeks & { line: number })[] = [];
  for (const { line, values } of table.rows) {
    const lineProblems: string[] = [];
    const weeks = /^[0-9]{1,2}$/.test(values.weeks) ? Number(values.weeks) : NaN;
    if (!(weeks >= 1 && weeks <= 52)) {
      lineProblems.push(`weeks ${JSON.stringify(values.weeks)} is not a whole number from 1 to 52`);
    }
    const { validFrom, validTo, problems: validityProblems } = readValidity(values);
    lineProblems.push(...validityProblems);
    if (values.source.trim() === "") lineProblems.push("source is empty");
    problems.push(...lineProblems.map((reason) => ({ file, line, reason })));
    if (lineProblems.length === 0) rows.push({ validFrom, validTo, weeks, source: values.source, line });
  }
  for (let j = 1; j < rows.length; j += 1) {
    for (let i = 0; i < j; i += 1) {
      const [a, b] = [rows[i], rows[j]];
      if (periodsOverlap(a.validFrom, a.validTo, b.validFrom, b.validTo)) {
        problems.push({ file, line: b.line, reason: `this period shares days with line ${a.line}` });
      }
    }
  }
  if (problems.length > 0) return { rows: [], problems: problems.sort((a, b) => a.line - b.line) };
  return { rows: rows.map(({ line: _line, ...row }) => row), problems };
}
