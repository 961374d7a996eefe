import { FigureDimension, FigureGranularity, FigureMeasure } from "../figureEnums";
import type { FigureQuery } from "../FigureQuery";
import { providerRequestOf } from "../providerRequestOf";

const query = (fields: Partial<FigureQuery>): FigureQuery => ({
  measures: [FigureMeasure.LEARNERS_ENROLLED],
  by: [],
  granularity: FigureGranularity.SCHOOL_YEAR,
  from: "2022-2023",
  to: "2023-2024",
  asOf: "2024-06-30",
  where: {},
  ...fields,
});

describe("providerRequestOf", () => {
  it("asks the native measures and the native dimensions of the split and filtered dimensions, sorted", () => {
    expect(
      providerRequestOf(
        query({
          measures: [FigureMeasure.PLACEMENT_RATE, FigureMeasure.CONTRACTS_ENDED_EARLY],
          by: [FigureDimension.UNIT_REGION, FigureDimension.LEVEL],
          where: { [FigureDimension.TRADE]: ["COIFFEUR"] },
        }),
      ),
    ).toEqual({
      asOf: "2024-06-30",
      granularity: "SCHOOL_YEAR",
      fromPeriod: "2022-2023",
      toPeriod: "2023-2024",
      measures: ["CONTRACTS_ENDED", "LEARNERS"],
      groupBy: ["levelCode", "tradeCode", "unitNumber"],
    });
  });

  it("always asks the level given with a progression", () => {
    expect(providerRequestOf(query({ measures: [FigureMeasure.LEVEL_PROGRESSION_A_TO_B] })).groupBy).toEqual([
      "levelCode",
    ]);
  });

  it("asks the providers nothing when only OFFA's own store is counted", () => {
    expect(
      providerRequestOf(query({ measures: [FigureMeasure.ACCREDITED_UNITS], by: [FigureDimension.TRADE] })),
    ).toMatchObject({
      measures: [],
      groupBy: [],
    });
  });
});
