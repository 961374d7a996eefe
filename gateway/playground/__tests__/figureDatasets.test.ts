import { FIGURE_CHARTS } from "../browser/figureCharts";
import { datasetsOf } from "../browser/figureDatasets";
import type { FigureCell } from "../browser/figuresQuery";

const chart = (id: string) => FIGURE_CHARTS.find((spec) => spec.id === id)!;

function cell(
  measure: string,
  period: string,
  coordinates: Record<string, string>,
  value: number | null,
  suppression: string | null = null,
): FigureCell {
  return {
    measure,
    period,
    coordinates: Object.entries(coordinates).map(([dimension, v]) => ({ dimension, value: v })),
    value,
    suppressed: suppression !== null,
    suppression,
  };
}

describe("datasetsOf", () => {
  it("draws one series per provider and level, stacked by provider, a suppressed cell as a gap", () => {
    const m = "LEARNERS_UNDER_CONTRACT";
    const { labels, datasets } = datasetsOf(chart("learners-by-provider-level"), [
      cell(m, "2024-2025", { PROVIDER: "CEFA", LEVEL: "A" }, 120),
      cell(m, "2023-2024", { PROVIDER: "CEFA", LEVEL: "A" }, 110),
      cell(m, "2024-2025", { PROVIDER: "IFAPME", LEVEL: "B" }, null, "PRIMARY"),
      cell(m, "2023-2024", { PROVIDER: "IFAPME", LEVEL: "B" }, 40),
    ]);
    expect(labels).toEqual(["2023-2024", "2024-2025"]);
    expect(datasets.map(({ label, data, stack }) => ({ label, data, stack }))).toEqual([
      { label: "CEFA · A", data: [110, 120], stack: "CEFA" },
      { label: "IFAPME · B", data: [40, null], stack: "IFAPME" },
    ]);
    // Each provider its own hue, so that its levels read as one stack.
    expect(datasets[0].backgroundColor).not.toEqual(datasets[1].backgroundColor);
  });

  it("never draws a suppressed cell's value, even when the API sends one", () => {
    const { datasets } = datasetsOf(chart("compliance-findings-by-code"), [
      cell("COMPLIANCE_FINDINGS", "2024-09", { COMPLIANCE_CODE: "PAY_BELOW_MINIMUM" }, 3, "PRIMARY"),
    ]);
    expect(datasets[0].data).toEqual([null]);
  });

  it("draws a rate in percent", () => {
    const { datasets } = datasetsOf(chart("placement-rate-by-region"), [
      cell("PLACEMENT_RATE", "2024-2025", { LEARNER_REGION: "BXL" }, 0.4567),
    ]);
    expect(datasets[0].data).toEqual([45.7]);
  });

  it("draws moves per school year, one series per provider moved to", () => {
    const { labels, datasets } = datasetsOf(chart("mobility-flows"), [
      cell("MOVERS", "2023-2024", { TO_PROVIDER: "IFAPME" }, 66),
      cell("MOVERS", "2024-2025", { TO_PROVIDER: "IFAPME" }, 39),
      cell("MOVERS", "2024-2025", { TO_PROVIDER: "SFPME" }, 16),
    ]);
    expect(labels).toEqual(["2023-2024", "2024-2025"]);
    expect(datasets.map(({ label, data }) => ({ label, data }))).toEqual([
      { label: "IFAPME", data: [66, 39] },
      { label: "SFPME", data: [null, 16] },
    ]);
  });

  it("can put combined dimensions along the x axis, one series per school year (origin-destination flows)", () => {
    const flows = {
      ...chart("mobility-flows"),
      by: ["FROM_PROVIDER", "TO_PROVIDER"],
      x: ["FROM_PROVIDER", "TO_PROVIDER"],
      series: "period" as const,
    };
    const { labels, datasets } = datasetsOf(flows, [
      cell("MOVERS", "2024-2025", { FROM_PROVIDER: "CEFA", TO_PROVIDER: "IFAPME" }, 12),
      cell("MOVERS", "2023-2024", { FROM_PROVIDER: "SFPME", TO_PROVIDER: "CEFA" }, 15),
    ]);
    expect(labels).toEqual(["CEFA → IFAPME", "SFPME → CEFA"]);
    expect(datasets.map(({ label, data }) => ({ label, data }))).toEqual([
      { label: "2023-2024", data: [null, 15] },
      { label: "2024-2025", data: [12, null] },
    ]);
  });
});
