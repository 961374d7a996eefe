import { isIsoDate, periodsOverlap } from "../calendar/isoDate";
import { readCsvTable } from "../csv/readCsvTable";
import type { RuleFileProblem } from "../rules/RuleFileError";
import type { RmmmgRow } from "./PayReference";

/** The header of schema/mappings/reference/rmmmg.csv. */
export const RMMMG_FILE_COLUMNS = ["valid_from", "valid_to", "amount", "derived", "source"] as const;

/**
 * Parses the RMMMG file (domain.md §3 table): amounts in euros with exactly two decimals, turned into cents from
 * the digits (never through a float), an explicit inclusive valid_to on every row (an open end would claim an
 * amount nobody has published, §11.5), derived true|false, a source, and no two periods sharing a day. Problems
 * are collected for every line; any problem refuses the whole file.
 */
export function parseRmmmgFile(
  file: string,
  text: string,
): { rows: RmmmgRow[]; problems: RuleFileProblem[] } {
  const table = readCsvTable(file, text, RMMMG_FILE_COLUMNS);
  const problems = [...table.problems];
  const rows: (RmmmgRow & { line: number })[] = [];
  for (const { line, values } of table.rows) {
    const lineProblems: string[] = [];
    const { valid_from: validFrom, valid_to: validTo } = values;
    if (!isIsoDate(validFrom))
      lineProblems.push(`valid_from ${JSON.stringify(validFrom)} is not a date YYYY-MM-DD`);
    if (!isIsoDate(validTo)) {
      lineProblems.push(
        `valid_to ${JSON.stringify(validTo)} is not a date YYYY-MM-DD; an RMMMG row always ends, the next amount is unknown until published`,
      );
    }
    if (isIsoDate(validFrom) && isIsoDate(validTo) && validTo < validFrom) {
      lineProblems.push(`valid_to ${validTo} is before valid_from ${validFrom}`);
    }
    const amount = /^([0-9]{1,7})\.([0-9]{2})$/.exec(values.amount);
    const amountCents = amount ? Number(amount[1]) * 100 + Number(amount[2]) : NaN;
    if (!(amountCents > 0)) {
      lineProblems.push(
        `amount ${JSON.stringify(values.amount)} is not a positive euro amount with two decimals (1954.99)`,
      );
    }
    if (values.derived !== "true" && values.derived !== "false") {
      lineProblems.push(`derived ${JSON.stringify(values.derived)} is not true or false`);
    }
    if (values.source.trim() === "") lineProblems.push("source is empty");
    problems.push(...lineProblems.map((reason) => ({ file, line, reason })));
    if (lineProblems.length === 0) {
      rows.push({
        validFrom,
        validTo,
        amountCents,
        derived: values.derived === "true",
        source: values.source,
        line,
      });
    }
  }
  for (let j = 1; j < rows.length; j += 1) {
    for (let i = 0; i < j; i += 1) {
      if (periodsOverlap(rows[i].validFrom, rows[i].validTo, rows[j].validFrom, rows[j].validTo)) {
        problems.push({
          file,
          line: rows[j].line,
          reason: `${rows[j].validFrom} to ${rows[j].validTo} overlaps line ${rows[i].line} (${rows[i].validFrom} to ${rows[i].validTo})`,
        });
      }
    }
  }
  if (problems.length > 0) return { rows: [], problems: problems.sort((a, b) => a.line - b.line) };
  return { rows: rows.map(({ line: _line, ...row }) => row), problems };
}
