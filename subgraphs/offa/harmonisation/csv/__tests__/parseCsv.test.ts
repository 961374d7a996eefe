import { parseCsv } from "../parseCsv";
import { readCsvTable } from "../readCsvTable";

describe("parseCsv", () => {
  it.each([
    ["plain fields", "a,b,c\n", [["a", "b", "c"]]],
    ["a quoted comma", 'a,"b,c",d\n', [["a", "b,c", "d"]]],
    ["a doubled quote", 'a,"say ""hi""",c\n', [["a", 'say "hi"', "c"]]],
    ["an empty last field", "a,b,\n", [["a", "b", ""]]],
    [
      "CRLF line ends",
      "a,b\r\nc,d\r\n",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    [
      "no final newline",
      "a,b\nc,d",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    ["a byte-order mark", "\uFEFFa,b\n", [["a", "b"]]],
    ["blank lines", "a\n\n\nb\n", [["a"], ["b"]]],
  ])("reads %s", (_name, text, expected) => {
    const { records, problems } = parseCsv(text);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.fields)).toEqual(expected);
  });

  it("numbers records by the line they start on, across a quoted newline", () => {
    const { records } = parseCsv('h1,h2\n"two\nlines",x\n\nlast,y\n');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ["h1", "h2"]],
      [2, ["two\nlines", "x"]],
      [5, ["last", "y"]],
    ]);
  });

  it.each([
    ["text after a closing quote", 'a,"b"c,d\nok,1\n', 1, /after a closing quote/],
    ["a quote inside an unquoted field", 'a,b"c,d\nok,1\n', 1, /quote inside the unquoted field 2/],
    ["an unclosed quote", 'ok,1\na,"never closed\n', 2, /never closed/],
  ])("reports %s with its line and leaves the record out", (_name, text, line, reason) => {
    const { records, problems } = parseCsv(text);
    expect(problems).toEqual([{ line, reason: expect.stringMatching(reason) }]);
    expect(records.map((r) => r.fields)).toEqual([["ok", "1"]]);
  });
});

describe("readCsvTable", () => {
  const columns = ["a", "b"] as const;

  it("maps values to column names in any header order", () => {
    expect(readCsvTable("f.csv", "b,a\n2,1\n", columns)).toEqual({
      rows: [{ line: 2, values: { a: "1", b: "2" } }],
      problems: [],
    });
  });

  it("refuses unknown, repeated and missing columns on line 1, and reads no row under a broken header", () => {
    const { rows, problems } = readCsvTable("f.csv", "a,a,c\n1,2,3\n", columns);
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { file: "f.csv", line: 1, reason: 'column "a" appears twice' },
      { file: "f.csv", line: 1, reason: 'unknown column "c"; expected a,b' },
      { file: "f.csv", line: 1, reason: 'missing column "b"' },
    ]);
  });

  it("refuses every row whose field count differs from the header", () => {
    const { rows, problems } = readCsvTable("f.csv", "a,b\n1\n1,2\n1,2,3\n", columns);
    expect(rows).toEqual([{ line: 3, values: { a: "1", b: "2" } }]);
    expect(problems).toEqual([
      { file: "f.csv", line: 2, reason: "1 fields where the header has 2" },
      { file: "f.csv", line: 4, reason: "3 fields where the header has 2" },
    ]);
  });

  it("refuses an empty file", () => {
    expect(readCsvTable("f.csv", "\n", columns).problems).toEqual([
      { file: "f.csv", line: 0, reason: "the file is empty (no header)" },
    ]);
  });

  it("does not take a data line for the header when the header line is broken", () => {
    const { rows, problems } = readCsvTable("f.csv", 'a,"b"x\n1,2\n', columns);
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { file: "f.csv", line: 1, reason: expect.stringMatching(/after a closing quote/) },
    ]);
  });
});
