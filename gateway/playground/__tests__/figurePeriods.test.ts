import { parse } from "graphql";
import { FIGURE_CHARTS } from "../browser/figureCharts";
import { OVERVIEW_MONTHS, OVERVIEW_SCHOOL_YEARS, periodWindow } from "../browser/figurePeriods";
import { figuresQueryOf, operationNameOf } from "../browser/figuresQuery";

describe("periodWindow", () => {
  it("ends with the school year holding asOf (a school year starts on 1 September)", () => {
    expect(periodWindow("SCHOOL_YEAR", "2026-06-30")).toEqual({ from: "2021-2022", to: "2025-2026" });
    expect(periodWindow("SCHOOL_YEAR", "2026-09-01")).toEqual({ from: "2022-2023", to: "2026-2027" });
    expect(OVERVIEW_SCHOOL_YEARS).toBe(5);
  });

  it("ends with the month holding asOf, across a new year", () => {
    expect(periodWindow("MONTH", "2026-06-30")).toEqual({ from: "2025-07", to: "2026-06" });
    expect(periodWindow("MONTH", "2026-01-15")).toEqual({ from: "2025-02", to: "2026-01" });
    expect(OVERVIEW_MONTHS).toBe(12);
  });
});

describe("figuresQueryOf", () => {
  it("writes each chart's request as one named GraphQL operation with its sources' fields", () => {
    for (const spec of FIGURE_CHARTS) {
      const query = figuresQueryOf(spec, periodWindow(spec.granularity, "2026-06-30"), [
        "provider",
        "origin",
      ]);
      const document = parse(query);
      expect(document.definitions).toHaveLength(1);
      expect(query).toContain(`query ${operationNameOf(spec)}(`);
      expect(query).toContain(`measures: [${spec.measures.join(", ")}]`);
      expect(query).toMatch(/sources \{\s+provider\s+origin\s+\}/);
    }
  });

  it("asks no sources when the schema did not say which fields they have", () => {
    const query = figuresQueryOf(FIGURE_CHARTS[0], { from: "2021-2022", to: "2025-2026" }, []);
    expect(() => parse(query)).not.toThrow();
    expect(query).not.toContain("sources");
  });
});
