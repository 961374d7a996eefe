/** One CSV record and the 1-based line it starts on (a quoted field may span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A syntax problem of one record, by the line the record starts on. */
export interface CsvSyntaxProblem {
  line: number;
  reason: string;
}

/**
 * Splits CSV text (RFC 4180: comma separator, fields optionally in double quotes, `""` for a quote inside them,
 * LF or CRLF line ends) into records with their line numbers. Blank lines are skipped. A record with a syntax
 * problem is reported and left out, so the caller never judges its half-read fields. No trimming: a space is
 * data, and the callers refuse codes that carry one.
 */
export function parseCsv(text: string): { records: CsvRecord[]; problems: CsvSyntaxProblem[] } {
  const records: CsvRecord[] = [];
  const problems: CsvSyntaxProblem[] = [];
  // A byte-order mark from a spreadsheet export is not part of the first column's name.
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;

  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let field = "";
  let state: "fieldStart" | "unquoted" | "quoted" | "afterQuote" = "fieldStart";
  let recordProblem: string | null = null;

  const endRecord = (): void => {
    fields.push(field);
    if (recordProblem !== null) problems.push({ line: recordLine, reason: recordProblem });
    else if (!(fields.length === 1 && fields[0] === "")) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    state = "fieldStart";
    recordProblem = null;
  };

  for (let i = 0; i < input.length; i += 1) {
    const char = input[i];
    if (state === "quoted") {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          state = "afterQuote";
        }
      } else {
        if (char === "\n") line += 1;
        field += char;
      }
      continue;
    }
    if (char === "\r" && input[i + 1] === "\n") continue;
    if (char === "\n" || char === "\r") {
      endRecord();
      line += 1;
      recordLine = line;
      continue;
    }
    if (char === ",") {
      fields.push(field);
      field = "";
      state = "fieldStart";
      continue;
    }
    if (state === "fieldStart" && char === '"') {
      state = "quoted";
      continue;
    }
    if (state === "afterQuote") {
      recordProblem ??= `text after a closing quote in field ${fields.length + 1}`;
    } else if (char === '"') {
      recordProblem ??= `a quote inside the unquoted field ${fields.length + 1}; quote the whole field and double the quote`;
    }
    if (state === "fieldStart") state = "unquoted";
    field += char;
  }

  if (state === "quoted") {
    problems.push({ line: recordLine, reason: 'a quoted field is never closed (missing ")' });
  } else if (fields.length > 0 || field !== "" || recordProblem !== null) {
    endRecord();
  }
  return { records, problems };
}
