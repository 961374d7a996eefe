import type { figureContract } from "../../../kit";
import { toSnapshotRows } from "../toSnapshotRows";
import { withinModelScope } from "../figureModelScope";

const group = (fields: Partial<figureContract.NativeFigureGroup>): figureContract.NativeFigureGroup => ({
  measure: "LEARNERS",
  period: "2023-2024",
  levelCode: "P1",
  tradeCode: "T1",
  unitNumber: null,
  learnerPostcode: null,
  ageYears: null,
  trackCode: null,
  contractTypeCode: null,
  endReasonCode: null,
  previousLevelCode: null,
  withinYear: null,
  certificationCode: null,
  sitePostcode: null,
  enrolled: true,
  underContract: true,
  count: 1,
  contractDays: 10,
  ...fields,
});

const places = new Map([
  ["2.000.000.001", { region: "WAL", province: "HAI" }],
  ["2.000.000.002", { region: "WAL", province: "HAI" }],
  ["2.000.000.003", { region: "BXL", province: "BXL" }],
]);

describe("toSnapshotRows", () => {
  it("replaces each unit by its place in the register and sums the groups that then coincide", () => {
    const rows = toSnapshotRows(
      "cefa",
      [
        group({ unitNumber: "2.000.000.001", count: 3, contractDays: 30 }),
        group({ unitNumber: "2.000.000.002", count: 4, contractDays: 40 }),
        group({ unitNumber: "2.000.000.003", count: 5, contractDays: 50 }),
      ],
      places,
    );
    expect(rows.map((row) => [row.unitRegion, row.unitProvince, row.count, row.contractDays])).toEqual([
      ["WAL", "HAI", 7, 70],
      ["BXL", "BXL", 5, 50],
    ]);
    expect(rows.every((row) => row.provider === "cefa")).toBe(true);
  });

  it("keeps a unit the register lacks as UNKNOWN, and a group without a unit without a place", () => {
    const rows = toSnapshotRows(
      "sfpme",
      [group({ unitNumber: "2.999.999.999" }), group({ unitNumber: null, underContract: false, count: 2 })],
      places,
    );
    expect(rows.map((row) => [row.unitRegion, row.unitProvince, row.underContract, row.count])).toEqual([
      ["UNKNOWN", "UNKNOWN", true, 1],
      [null, null, false, 2],
    ]);
  });

  it("never merges groups that differ on a native code, a flag or the period", () => {
    const rows = toSnapshotRows(
      "ifapme",
      [
        group({}),
        group({ levelCode: "P2" }),
        group({ tradeCode: "T2" }),
        group({ enrolled: false }),
        group({ period: "2024-2025" }),
        group({ measure: "CONTRACTS_ENDED", endReasonCode: "R1" }),
        group({ measure: "CONTRACTS_ENDED", endReasonCode: "R2" }),
      ],
      places,
    );
    expect(rows).toHaveLength(7);
  });
});

describe("withinModelScope", () => {
  const request = (
    fields: Partial<figureContract.ProviderFigureRequest>,
  ): figureContract.ProviderFigureRequest => ({
    asOf: "2025-06-30",
    granularity: "SCHOOL_YEAR",
    fromPeriod: "2020-2021",
    toPeriod: "2024-2025",
    measures: ["LEARNERS"],
    groupBy: ["levelCode", "unitNumber"],
    ...fields,
  });

  it("takes school years over the model's measures and dimensions", () => {
    expect(withinModelScope(request({}))).toBe(true);
    expect(
      withinModelScope(request({ measures: ["CERTIFICATIONS", "CONTRACTS_ENDED"], groupBy: ["tradeCode"] })),
    ).toBe(true);
  });

  it("leaves months, other measures, learner or contract-type splits and empty requests to the providers", () => {
    expect(
      withinModelScope(request({ granularity: "MONTH", fromPeriod: "2024-09", toPeriod: "2025-06" })),
    ).toBe(false);
    expect(withinModelScope(request({ measures: ["PROGRAMMES"] }))).toBe(false);
    expect(withinModelScope(request({ groupBy: ["ageYears"] }))).toBe(false);
    expect(withinModelScope(request({ groupBy: ["contractTypeCode"] }))).toBe(false);
    expect(withinModelScope(request({ measures: [] }))).toBe(false);
  });
});
