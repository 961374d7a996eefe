import type { OracleCell } from "./figureOracle";

/** What the figure tests select of a cell: its coordinates, value and suppression. */
export const FIGURE_CELL_FIELDS =
  "measure period coordinates { dimension value } value suppressed suppression";

/** Query.figures with every argument a variable, selecting what the figure tests check. */
export const FIGURES = /* GraphQL */ `
  query Figures(
    $measures: [FigureMeasure!]!
    $by: [FigureDimension!]!
    $from: String!
    $to: String!
    $asOf: LocalDate
    $granularity: FigureGranularity! = SCHOOL_YEAR
    $where: FigureFilter
  ) {
    figures(
      measures: $measures
      by: $by
      from: $from
      to: $to
      asOf: $asOf
      granularity: $granularity
      where: $where
    ) {
      asOf
      granularity
      from
      to
      measures
      by
      cells { ${FIGURE_CELL_FIELDS} }
      sources {
        provider
        origin
        arrived
        groups
        ruleSetId
      }
    }
  }
`;

/** The answer to FIGURES. */
export type Figures = {
  figures: {
    asOf: string;
    by: string[];
    cells: Cell[];
    sources: {
      provider: string;
      origin: string;
      arrived: boolean;
      groups: number | null;
      ruleSetId: number | null;
    }[];
  } | null;
};

/** A figure cell as a test selects it (value, suppression and coordinates). */
export type Cell = {
  measure: string;
  period: string;
  coordinates: { dimension: string; value: string }[];
  value: number | null;
  suppressed: boolean;
  suppression: "PRIMARY" | "COMPLEMENTARY" | null;
};

export const cellKey = (period: string, coordinates: readonly string[]) =>
  JSON.stringify([period, ...coordinates]);

/** Every cell equals the oracle's count, or is suppressed as the oracle's count says it must be. */
export function expectCellsToMatch(cells: Cell[], measure: string, expected: OracleCell[]): void {
  const actual = cells.filter((cell) => cell.measure === measure);
  const counts = new Map(expected.map((cell) => [cellKey(cell.period, cell.coordinates), cell.count]));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const cell of actual) {
    const key = cellKey(
      cell.period,
      cell.coordinates.map((c) => c.value),
    );
    seen.add(key);
    const count = counts.get(key);
    const shown = cell.suppressed ? cell.suppression : cell.value;
    if (count === undefined) problems.push(`${key}: ${String(shown)}, the oracle has no such cell`);
    else if (count < 10 && (cell.suppression !== "PRIMARY" || cell.value !== null))
      problems.push(`${key}: ${String(shown)}, the oracle counts ${count} (must be PRIMARY)`);
    else if (count >= 10 && cell.suppressed && (cell.suppression !== "COMPLEMENTARY" || cell.value !== null))
      problems.push(`${key}: ${String(shown)}, the oracle counts ${count}`);
    else if (count >= 10 && !cell.suppressed && cell.value !== count)
      problems.push(`${key}: ${String(shown)}, the oracle counts ${count}`);
  }
  for (const [key, count] of counts) {
    if (!seen.has(key)) problems.push(`${key}: no cell, the oracle counts ${count}`);
  }
  expect(problems).toEqual([]);
  expect(actual.length).toBeGreaterThan(0);
}
