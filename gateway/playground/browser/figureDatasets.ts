import type { FigureChartSpec } from "./figureCharts";
import type { FigureCell } from "./figuresQuery";

/** A chart.js dataset of the overview: one series, null where a cell is suppressed or absent (a gap, never 0). */
export interface FigureDataset {
  label: string;
  data: (number | null)[];
  stack?: string;
  spanGaps: false;
  backgroundColor: string;
  borderColor: string;
}

/** Hues far apart, in order: one per series, or one per stack (a provider) whose series are its shades. */
const HUES = [210, 10, 135, 45, 280, 175, 330, 90, 240, 25];

function colour(hue: number, lightness: number): { backgroundColor: string; borderColor: string } {
  return {
    backgroundColor: `hsl(${hue} 65% ${lightness}%)`,
    borderColor: `hsl(${hue} 65% ${lightness - 10}%)`,
  };
}

function coordinateOf(cell: FigureCell, dimensions: readonly string[]): string {
  return dimensions
    .map((dimension) => cell.coordinates.find((c) => c.dimension === dimension)?.value ?? "—")
    .join(dimensions.length === 2 && dimensions[0].startsWith("FROM_") ? " → " : " · ");
}

/**
 * The labels (x axis) and datasets of a chart from the cells of its FigureTable. A suppressed cell is drawn as a
 * gap, and the page lists it as suppressed: a hidden count is never shown as zero. A rate is drawn in percent.
 */
export function datasetsOf(
  spec: FigureChartSpec,
  cells: readonly FigureCell[],
): { labels: string[]; datasets: FigureDataset[] } {
  const xOf = (cell: FigureCell) => (spec.x === "period" ? cell.period : coordinateOf(cell, spec.x));
  const seriesOf = (cell: FigureCell) =>
    spec.series === "period" ? cell.period : coordinateOf(cell, spec.series);
  const labels = [...new Set(cells.map(xOf))].sort();
  const seriesNames = [...new Set(cells.map(seriesOf))].sort();
  const stackIndex = spec.stackBy && spec.series !== "period" ? spec.series.indexOf(spec.stackBy) : -1;
  const stackOf = (series: string) => (stackIndex >= 0 ? series.split(" · ")[stackIndex] : undefined);
  const stacks = [...new Set(seriesNames.map(stackOf))];
  const datasets = seriesNames.map((series, index): FigureDataset => {
    const stack = stackOf(series);
    // Stacked: the stack's hue, lighter for each further series of the stack; otherwise a hue per series.
    const inStack = seriesNames.filter((name) => stackOf(name) === stack).indexOf(series);
    const colours =
      stack !== undefined
        ? colour(HUES[stacks.indexOf(stack) % HUES.length], Math.min(35 + inStack * 12, 85))
        : colour(HUES[index % HUES.length], 50);
    const byX = new Map(cells.filter((cell) => seriesOf(cell) === series).map((cell) => [xOf(cell), cell]));
    return {
      label: series,
      data: labels.map((label) => {
        const cell = byX.get(label);
        if (!cell || cell.suppressed || cell.value === null) return null;
        return spec.percent ? Math.round(cell.value * 1000) / 10 : cell.value;
      }),
      ...(stack !== undefined ? { stack } : {}),
      spanGaps: false,
      ...colours,
    };
  });
  return { labels, datasets };
}
