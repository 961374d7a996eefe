import type { OracleCell } from "./figureOracle";

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
