import type { RuleFileProblem } from "../rules/RuleFileError";
import { parseCsv } from "./parseCsv";

/** A data row of a CSV table: its line and its values by column name. */
export interface CsvTableRow<Column extends string> {
  line: number;
  values: Record<Column, string>;
}

/**
 * Reads a CSV file whose first record is a header naming exactly `columns` (in any order). Problems are
 * collected for every line, with the file name: a header with an unknown, missing or repeated column (line 1),
 * and any record whose field count differs from the header's. An empty file is a problem too: a file that loses
 * its content must not silently withdraw its rules.
 */
export function readCsvTable<Column extends string>(
  file: string,
  text: string,
  columns: readonly Column[],
): { rows: CsvTableRow<Column>[]; problems: RuleFileProblem[] } {
  const { records, problems: syntax } = parseCsv(text);
  const problems: RuleFileProblem[] = syntax.map((problem) => ({ file, ...problem }));
  const [header, ...data] = records;
  if (header === undefined) {
    if (problems.length === 0) problems.push({ file, line: 0, reason: "the file is empty (no header)" });
    return { rows: [], problems };
  }
  // A broken record before the first readable one was the header: reading data under another row's names
  // would report nonsense, so the syntax problem is the whole answer.
  if (syntax.some((problem) => problem.line < header.line)) return { rows: [], problems };

  const expected = new Set<string>(columns);
  const seen = new Set<string>();
  for (const name of header.fields) {
    if (!expected.has(name)) {
      problems.push({
        file,
        line: header.line,
        reason: `unknown column ${JSON.stringify(name)}; expected ${columns.join(",")}`,
      });
    } else if (seen.has(name)) {
      problems.push({ file, line: header.line, reason: `column ${JSON.stringify(name)} appears twice` });
    }
    seen.add(name);
  }
  for (const name of columns) {
    if (!seen.has(name))
      problems.push({ file, line: header.line, reason: `missing column ${JSON.stringify(name)}` });
  }
  // Without a sound header no value can be attributed to its column; the header problems say what to fix.
  if (problems.some((problem) => problem.line === header.line)) return { rows: [], problems };

  const rows: CsvTableRow<Column>[] = [];
  for (const record of data) {
    if (record.fields.length !== header.fields.length) {
      problems.push({
        file,
        line: record.line,
        reason: `${record.fields.length} fields where the header has ${header.fields.length}`,
      });
      continue;
    }
    const values = {} as Record<Column, string>;
    header.fields.forEach((name, index) => {
      values[name as Column] = record.fields[index];
    });
    rows.push({ line: record.line, values });
  }
  return { rows, problems };
}
