import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseLevelPayShareFile } from "../parseLevelPayShareFile";
import { parseRmmmgFile } from "../parseRmmmgFile";

const REFERENCE = resolve(__dirname, "../../../../../schema/mappings/reference");
const RMMMG_HEADER = "valid_from,valid_to,amount,derived,source";
const SHARES_HEADER = "level,percent,valid_from,valid_to,source";

describe("parseRmmmgFile", () => {
  it("reads the checked-in RMMMG rows of domain.md §3, in cents, each with its explicit end", () => {
    const { rows, problems } = parseRmmmgFile("rmmmg.csv", readFileSync(`${REFERENCE}/rmmmg.csv`, "utf8"));
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.validFrom, r.validTo, r.amountCents, r.derived])).toEqual([
      ["2021-09-01", "2022-02-28", 165823, false],
      ["2022-03-01", "2022-03-31", 172521, false],
      ["2022-04-01", "2022-04-30", 180616, false],
      ["2022-05-01", "2022-05-31", 184228, false],
      ["2023-01-01", "2023-09-30", 195499, false],
      ["2023-11-01", "2024-03-31", 199418, false],
      ["2024-04-01", "2024-04-30", 202988, false],
      ["2024-05-01", "2025-01-31", 207048, false],
      ["2025-02-01", "2026-03-31", 211189, true],
    ]);
  });

  it.each([
    ["an open end", "2023-01-01,,1954.99,false,x", "an RMMMG row always ends"],
    ["valid_to before valid_from", "2023-01-01,2022-12-31,1954.99,false,x", "is before valid_from"],
    ["an amount with a comma", '2023-01-01,2023-09-30,"1954,99",false,x', "is not a positive euro amount"],
    ["an amount with one decimal", "2023-01-01,2023-09-30,1954.9,false,x", "is not a positive euro amount"],
    ["a zero amount", "2023-01-01,2023-09-30,0.00,false,x", "is not a positive euro amount"],
    ["a bad derived flag", "2023-01-01,2023-09-30,1954.99,yes,x", 'derived "yes" is not true or false'],
    ["an empty source", "2023-01-01,2023-09-30,1954.99,false,", "source is empty"],
    ["an overlap with line 2", "2022-05-31,2022-06-30,1900.00,false,x", "overlaps line 2"],
  ])("refuses the whole file for %s, at line 3", (_name, badLine, reason) => {
    const text = [RMMMG_HEADER, "2022-05-01,2022-05-31,1842.28,false,x", badLine].join("\n");
    const { rows, problems } = parseRmmmgFile("rmmmg.csv", text);
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ file: "rmmmg.csv", line: 3, reason: expect.stringContaining(reason) }]);
  });
});

describe("parseLevelPayShareFile", () => {
  it("reads the checked-in shares A 17, B 24, C 32 from 2015-09-01, open-ended", () => {
    const { rows, problems } = parseLevelPayShareFile(
      "s.csv",
      readFileSync(`${REFERENCE}/level-pay-shares.csv`, "utf8"),
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.level, r.percent, r.validFrom, r.validTo])).toEqual([
      ["A", 17, "2015-09-01", null],
      ["B", 24, "2015-09-01", null],
      ["C", 32, "2015-09-01", null],
    ]);
  });

  it.each([
    ["an unknown level", "D,40,2015-09-01,,x", 'level "D" is not one of A, B, C'],
    ["a decimal percent", "B,24.5,2015-09-01,,x", 'percent "24.5" is not a whole number'],
    ["a percent over 100", "B,101,2015-09-01,,x", 'percent "101" is not a whole number from 1 to 100'],
    ["a bad date", "B,24,2015-9-1,,x", 'valid_from "2015-9-1" is not a date'],
    [
      "a second share of the same level on the same days",
      "A,18,2020-01-01,,x",
      "level A already has a share on line 2",
    ],
  ])("refuses the whole file for %s, at line 3", (_name, badLine, reason) => {
    const text = [SHARES_HEADER, "A,17,2015-09-01,,x", badLine].join("\n");
    const { rows, problems } = parseLevelPayShareFile("s.csv", text);
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ file: "s.csv", line: 3, reason: expect.stringContaining(reason) }]);
  });
});
