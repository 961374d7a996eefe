import type { figureContract } from "../../../kit";
import { RuleBook, type MappingRule } from "../../harmonisation";
import { FigureDimension, FigureGranularity, FigureMeasure, FigureSuppression } from "../figureEnums";
import type { FigureQuery } from "../FigureQuery";
import { tabulateFigures, type FigureInputs } from "../tabulateFigures";

const rule = (
  namespace: "cefa" | "ifapme",
  kind: MappingRule["kind"],
  sourceCode: string,
  targetCode: string,
  extra: Partial<MappingRule> = {},
): MappingRule => ({
  namespace,
  kind,
  sourceCode,
  targetCode,
  relationship: "EQUIVALENT",
  validFrom: "2015-09-01",
  validTo: null,
  version: 1,
  source: "test",
  ...extra,
});

const ruleBook = RuleBook.fromRows({
  ruleSetId: 3,
  rules: [
    rule("cefa", "LEVEL", "P1", "A"),
    rule("cefa", "LEVEL", "P2", "B", { validTo: "2022-08-31" }),
    rule("cefa", "LEVEL", "P2", "C", { validFrom: "2022-09-01", version: 2 }),
    rule("ifapme", "LEVEL", "N1", "A"),
    rule("ifapme", "LEVEL", "N2", "B"),
    rule("cefa", "END_REASON", "TERME", "TERM"),
    rule("cefa", "END_REASON", "RUPTURE", "NOTICE", { relationship: "NARROWER" }),
    rule("cefa", "END_REASON", "RUPTURE", "MUTUAL", { relationship: "NARROWER" }),
    rule("cefa", "END_REASON", "FLOU", "TERM", { relationship: "NARROWER" }),
    rule("cefa", "END_REASON", "FLOU", "NOTICE", { relationship: "NARROWER" }),
  ],
  rmmmg: [],
  levelPayShares: [],
  schoolYearWeeks: [],
});

const empty: figureContract.NativeFigureGroup = {
  measure: "CONTRACTS_STARTED",
  period: "2021-2022",
  levelCode: null,
  tradeCode: null,
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
  enrolled: null,
  underContract: null,
  count: 0,
  contractDays: 0,
};
const group = (fields: Partial<figureContract.NativeFigureGroup>) => ({ ...empty, ...fields });

function query(fields: Partial<FigureQuery>): FigureQuery {
  return {
    measures: [FigureMeasure.CONTRACTS_STARTED],
    by: [],
    granularity: FigureGranularity.SCHOOL_YEAR,
    from: "2021-2022",
    to: "2021-2022",
    asOf: "2022-08-31",
    where: {},
    ...fields,
  };
}

function inputs(q: FigureQuery, groups: Partial<FigureInputs["groups"]>): FigureInputs {
  return {
    query: q,
    groups: { cefa: [], ifapme: [], sfpme: [], ...groups },
    ruleBook,
    unitPlaces: new Map([["1000000097", { region: "BXL", province: "BXL" }]]),
    ownCounts: {},
  };
}

describe("tabulateFigures", () => {
  it("maps native levels with the rules in force on asOf and sums across providers", () => {
    const groups = {
      cefa: [group({ levelCode: "P1", count: 30 }), group({ levelCode: "P2", count: 40 })],
      ifapme: [group({ levelCode: "N1", count: 12 }), group({ levelCode: "N9", count: 25 })],
    };
    const cells = tabulateFigures(inputs(query({ by: [FigureDimension.LEVEL] }), groups));
    expect(cells.map((c) => [c.coordinates[0].value, c.value])).toEqual([
      ["A", 42],
      ["B", 40],
      ["UNMAPPED", 25],
    ]);
    const later = tabulateFigures(inputs(query({ by: [FigureDimension.LEVEL], asOf: "2023-01-01" }), groups));
    expect(later.find((c) => c.coordinates[0].value === "C")?.value).toBe(40);
  });

  it("filters on common values after mapping", () => {
    const groups = { cefa: [group({ levelCode: "P1", count: 30 }), group({ levelCode: "P2", count: 40 })] };
    const cells = tabulateFigures(inputs(query({ where: { [FigureDimension.LEVEL]: ["B"] } }), groups));
    expect(cells).toHaveLength(1);
    expect(cells[0].value).toBe(40);
  });

  it("counts ended contracts at term or early, an ambiguous reason early only when TERM is no candidate", () => {
    const ended = (endReasonCode: string | null, count: number) =>
      group({ measure: "CONTRACTS_ENDED", endReasonCode, count });
    const groups = {
      cefa: [ended("TERME", 20), ended("RUPTURE", 15), ended("FLOU", 11), ended(null, 13), ended("XX", 17)],
    };
    const q = query({
      measures: [FigureMeasure.CONTRACTS_ENDED_AT_TERM, FigureMeasure.CONTRACTS_ENDED_EARLY],
      by: [FigureDimension.END_REASON],
    });
    const cells = tabulateFigures(inputs(q, groups));
    expect(cells.map((c) => [c.measure, c.coordinates[0].value, c.value])).toEqual([
      [FigureMeasure.CONTRACTS_ENDED_AT_TERM, "TERM", 20],
      [FigureMeasure.CONTRACTS_ENDED_EARLY, "AMBIGUOUS", 15],
    ]);
  });

  it("suppresses small cells and their complements, and the rate with its bases", () => {
    const learners = (levelCode: string, enrolled: boolean, underContract: boolean, count: number) =>
      group({ measure: "LEARNERS", levelCode, enrolled, underContract, count, contractDays: count * 100 });
    const groups = {
      cefa: [
        learners("P1", true, true, 50),
        learners("P1", true, false, 5),
        learners("P2", true, true, 30),
        learners("P2", true, false, 20),
      ],
    };
    const q = query({
      measures: [
        FigureMeasure.LEARNERS_ENROLLED_WITHOUT_CONTRACT,
        FigureMeasure.PLACEMENT_RATE,
        FigureMeasure.AVERAGE_MONTHS_UNDER_CONTRACT,
      ],
      by: [FigureDimension.LEVEL],
    });
    const cells = tabulateFigures(inputs(q, groups));
    const get = (measure: FigureMeasure, level: string) =>
      cells.find((c) => c.measure === measure && c.coordinates[0].value === level);
    expect(get(FigureMeasure.LEARNERS_ENROLLED_WITHOUT_CONTRACT, "A")).toMatchObject({
      value: null,
      suppression: FigureSuppression.PRIMARY,
    });
    expect(get(FigureMeasure.LEARNERS_ENROLLED_WITHOUT_CONTRACT, "B")).toMatchObject({
      value: null,
      suppression: FigureSuppression.COMPLEMENTARY,
    });
    expect(get(FigureMeasure.PLACEMENT_RATE, "A")).toMatchObject({ value: null, suppressed: true });
    expect(get(FigureMeasure.PLACEMENT_RATE, "B")).toMatchObject({ value: null, suppressed: true });
    expect(get(FigureMeasure.AVERAGE_MONTHS_UNDER_CONTRACT, "A")?.value).toBeCloseTo(100 / 30.4375);
  });

  it("never sums a provider whose figures are missing: cells null, the provider named", () => {
    const groups = { cefa: [group({ levelCode: "P1", count: 30 })], ifapme: null };
    const total = tabulateFigures(inputs(query({}), groups));
    expect(total).toEqual([expect.objectContaining({ value: null, missingProviders: ["IFAPME"] })]);
    const split = tabulateFigures(inputs(query({ by: [FigureDimension.PROVIDER] }), groups));
    expect(split.map((c) => [c.coordinates[0].value, c.value, c.missingProviders])).toEqual([
      ["CEFA", 30, []],
      ["IFAPME", null, ["IFAPME"]],
    ]);
    const cefaOnly = tabulateFigures(
      inputs(query({ where: { [FigureDimension.PROVIDER]: ["CEFA"] } }), groups),
    );
    expect(cefaOnly).toEqual([expect.objectContaining({ value: 30, missingProviders: [] })]);
  });

  it("places units by the register, UNKNOWN when it lacks them", () => {
    const groups = {
      cefa: [group({ unitNumber: "1000000097", count: 10 }), group({ unitNumber: "2000000000", count: 11 })],
    };
    const cells = tabulateFigures(inputs(query({ by: [FigureDimension.UNIT_REGION] }), groups));
    expect(cells.map((c) => [c.coordinates[0].value, c.value])).toEqual([
      ["BXL", 10],
      ["UNKNOWN", 11],
    ]);
  });

  it("places a training place where it is: the unit under contract, the home without one, the site of a programme", () => {
    const groups = {
      cefa: [
        group({
          measure: "LEARNERS",
          enrolled: true,
          underContract: true,
          unitNumber: "1000000097",
          learnerPostcode: "4000",
          count: 10,
        }),
        group({
          measure: "LEARNERS",
          enrolled: true,
          underContract: false,
          unitNumber: null,
          learnerPostcode: "4000",
          count: 11,
        }),
        group({ measure: "PROGRAMMES", sitePostcode: "9000", count: 12 }),
      ],
    };
    const q = query({
      measures: [
        FigureMeasure.LEARNERS_UNDER_CONTRACT,
        FigureMeasure.LEARNERS_ENROLLED_WITHOUT_CONTRACT,
        FigureMeasure.PROGRAMMES_TAUGHT,
      ],
      by: [FigureDimension.PLACE_REGION],
    });
    expect(
      tabulateFigures(inputs(q, groups)).map((c) => [c.measure, c.coordinates[0].value, c.value]),
    ).toEqual([
      [FigureMeasure.LEARNERS_UNDER_CONTRACT, "BXL", 10],
      [FigureMeasure.LEARNERS_ENROLLED_WITHOUT_CONTRACT, "WAL", 11],
      [FigureMeasure.PROGRAMMES_TAUGHT, "VLA", 12],
    ]);
  });
});
