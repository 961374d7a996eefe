import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CommonLevel } from "../../rules/MappingRule";
import { minimumMonthlyPay } from "../minimumMonthlyPay";
import { parseLevelPayShareFile } from "../parseLevelPayShareFile";
import { parseRmmmgFile } from "../parseRmmmgFile";
import type { RmmmgRow } from "../PayReference";

// The checked-in reference data: the amounts domain.md §3 states must come out of it exactly.
const REFERENCE = resolve(__dirname, "../../../../../schema/mappings/reference");
const rmmmg = parseRmmmgFile("rmmmg.csv", readFileSync(`${REFERENCE}/rmmmg.csv`, "utf8")).rows;
const shares = parseLevelPayShareFile(
  "level-pay-shares.csv",
  readFileSync(`${REFERENCE}/level-pay-shares.csv`, "utf8"),
).rows;

const always = (level: CommonLevel | null) => () => level;

describe("minimumMonthlyPay", () => {
  it("reads the reference files it is tested with", () => {
    expect([rmmmg.length, shares.length]).toEqual([9, 3]);
  });

  it.each([
    // 2022-05: domain.md §3 states 313,1876 / 442,1472 / 589,5296, rounded half-up to the cent.
    ["2022-05", "A", 31319],
    ["2022-05", "B", 44215],
    ["2022-05", "C", 58953],
    // 2023: stated to the cent by efp for years 1/2/3.
    ["2023-01", "A", 33235],
    ["2023-03", "B", 46920],
    ["2023-09", "C", 62560],
    ["2023-01", "B", 46920],
    ["2023-01", "C", 62560],
    // Every derived amount of domain.md §3's table (RMMMG × %, marked *), row by row.
    ["2021-09", "A", 28190],
    ["2021-09", "B", 39798],
    ["2021-09", "C", 53063],
    ["2022-03", "A", 29329],
    ["2022-03", "B", 41405],
    ["2022-03", "C", 55207],
    ["2022-04", "A", 30705],
    ["2022-04", "B", 43348],
    ["2022-04", "C", 57797],
    ["2023-11", "A", 33901],
    ["2023-11", "B", 47860],
    ["2023-11", "C", 63814],
    ["2024-04", "A", 34508],
    ["2024-04", "B", 48717],
    ["2024-04", "C", 64956],
    ["2024-05", "A", 35198],
    ["2024-05", "B", 49692],
    ["2024-05", "C", 66255],
    ["2025-02", "A", 35902],
    ["2025-02", "B", 50685],
    ["2025-02", "C", 67580],
  ] as const)("gives the stated minimum for %s level %s: %i cents", (month, level, cents) => {
    const result = minimumMonthlyPay({ month, levelOn: always(level), rmmmg, shares });
    expect(result.amountCents).toBe(cents);
    expect(result.reason).toBeUndefined();
  });

  it("records which RMMMG row it used, and that the 2025 row is derived", () => {
    const result = minimumMonthlyPay({ month: "2025-03", levelOn: always("A"), rmmmg, shares });
    expect(result.parts).toEqual([
      {
        from: "2025-03-01",
        to: "2025-03-31",
        days: 31,
        level: "A",
        percent: 17,
        rmmmgCents: 211189,
        rmmmgValidFrom: "2025-02-01",
        rmmmgDerived: true,
      },
    ]);
    expect(result.derived).toBe(true);
    expect(minimumMonthlyPay({ month: "2023-03", levelOn: always("A"), rmmmg, shares }).derived).toBe(false);
  });

  it("shares a month pro rata by day when the level changes inside it, with one exact rounding", () => {
    // May 2022 (31 days), RMMMG 184228 cents; level A on days 1-14, B on days 15-31:
    //   184228 × (17 × 14 + 24 × 17) = 184228 × 646 = 119 011 288; / (31 × 100) = 38 390.738… → 38 391 cents.
    const result = minimumMonthlyPay({
      month: "2022-05",
      levelOn: (d) => (d < "2022-05-15" ? "A" : "B"),
      rmmmg,
      shares,
    });
    expect(result.amountCents).toBe(38391);
    expect(result.parts.map((p) => [p.from, p.to, p.days, p.level, p.percent])).toEqual([
      ["2022-05-01", "2022-05-14", 14, "A", 17],
      ["2022-05-15", "2022-05-31", 17, "B", 24],
    ]);
  });

  it("rounds once over the whole month, not once per part", () => {
    // June 2030 (30 days), synthetic RMMMG 200001 cents; A on days 1-10, B on days 11-30:
    //   exact: 200001 × (17 × 10 + 24 × 20) = 130 000 650; / 3000 = 43 333.55 → 43 334.
    //   per part: 200001 × 170 / 3000 = 11 333.39 → 11 333, plus 200001 × 480 / 3000 = 32 000.16 → 32 000: 43 333.
    const rows: RmmmgRow[] = [
      { validFrom: "2030-06-01", validTo: "2030-06-30", amountCents: 200001, derived: false, source: "test" },
    ];
    const result = minimumMonthlyPay({
      month: "2030-06",
      levelOn: (d) => (d <= "2030-06-10" ? "A" : "B"),
      rmmmg: rows,
      shares,
    });
    expect(result.amountCents).toBe(43334);
  });

  it("shares a month pro rata by day when the RMMMG changes inside it (synthetic rows)", () => {
    const synthetic: RmmmgRow[] = [
      { validFrom: "2030-06-01", validTo: "2030-06-10", amountCents: 200000, derived: false, source: "test" },
      { validFrom: "2030-06-11", validTo: "2030-06-30", amountCents: 210000, derived: false, source: "test" },
    ];
    // June (30 days), level A 17 %: 17 × (200000 × 10 + 210000 × 20) = 105 400 000; / 3000 = 35 133.33… → 35 133.
    const result = minimumMonthlyPay({ month: "2030-06", levelOn: always("A"), rmmmg: synthetic, shares });
    expect(result.amountCents).toBe(35133);
    expect(result.parts.map((p) => [p.days, p.rmmmgCents, p.rmmmgValidFrom])).toEqual([
      [10, 200000, "2030-06-01"],
      [20, 210000, "2030-06-11"],
    ]);
  });

  it("rounds an exact half cent up", () => {
    // 100050 × 17 / 100 = 17 008.5 → 17 009 (banker's rounding would give 17 008).
    const rows: RmmmgRow[] = [
      { validFrom: "2030-01-01", validTo: "2030-01-31", amountCents: 100050, derived: false, source: "test" },
    ];
    expect(
      minimumMonthlyPay({ month: "2030-01", levelOn: always("A"), rmmmg: rows, shares }).amountCents,
    ).toBe(17009);
  });

  it("counts only the days of the period when one is given (a contract starting mid-month)", () => {
    // Contract from 2030-06-21: days 21-30 only, all at 210000 → 210000 × 17 / 100 = 35 700.
    const synthetic: RmmmgRow[] = [
      { validFrom: "2030-06-01", validTo: "2030-06-10", amountCents: 200000, derived: false, source: "test" },
      { validFrom: "2030-06-11", validTo: "2030-06-30", amountCents: 210000, derived: false, source: "test" },
    ];
    const result = minimumMonthlyPay({
      month: "2030-06",
      levelOn: (d) => (d >= "2030-06-21" ? "A" : null),
      rmmmg: synthetic,
      shares,
      period: { from: "2030-06-21", to: null },
    });
    expect(result.amountCents).toBe(35700);
    expect(result.parts).toHaveLength(1);
    expect(() =>
      minimumMonthlyPay({
        month: "2030-05",
        levelOn: always("A"),
        rmmmg: synthetic,
        shares,
        period: { from: "2030-06-21", to: null },
      }),
    ).toThrow(RangeError);
  });

  it.each([
    ["a month without any RMMMG (late 2022)", "2022-08", always("A"), "RMMMG_UNKNOWN"],
    ["October 2023, between two known rows", "2023-10", always("A"), "RMMMG_UNKNOWN"],
    ["April 2026, after the last known row", "2026-04", always("A"), "RMMMG_UNKNOWN"],
    ["a month before the first known row", "2021-08", always("A"), "RMMMG_UNKNOWN"],
    [
      "a month where one day has no level",
      "2023-03",
      (d: string) => (d === "2023-03-31" ? null : "A"),
      "LEVEL_UNKNOWN",
    ],
    ["a month where the RMMMG and the level are both unknown", "2022-09", always(null), "RMMMG_UNKNOWN"],
  ] as const)("is null for %s, with the reason", (_name, month, levelOn, reason) => {
    const result = minimumMonthlyPay({ month, levelOn, rmmmg, shares });
    expect(result.amountCents).toBeNull();
    expect(result.reason).toBe(reason);
  });

  it("is null with SHARE_UNKNOWN before the known pay shares (2015-09-01)", () => {
    const rows: RmmmgRow[] = [
      { validFrom: "2014-01-01", validTo: "2014-12-31", amountCents: 150000, derived: false, source: "test" },
    ];
    const result = minimumMonthlyPay({ month: "2014-05", levelOn: always("B"), rmmmg: rows, shares });
    expect([result.amountCents, result.reason]).toEqual([null, "SHARE_UNKNOWN"]);
  });

  it("never extrapolates from the other days of a month with one unknown day", () => {
    const rows: RmmmgRow[] = [
      { validFrom: "2030-01-01", validTo: "2030-01-30", amountCents: 200000, derived: false, source: "test" },
    ];
    const result = minimumMonthlyPay({ month: "2030-01", levelOn: always("A"), rmmmg: rows, shares });
    expect(result.amountCents).toBeNull();
    expect(result.parts.map((p) => [p.from, p.to, p.rmmmgCents])).toEqual([
      ["2030-01-01", "2030-01-30", 200000],
      ["2030-01-31", "2030-01-31", null],
    ]);
  });
});
