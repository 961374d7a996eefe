import { FigureSuppression } from "./figureEnums";
import { SUPPRESSION_THRESHOLD } from "./figureLimits";

/** One cell of a counted table: its coordinates (one value per split dimension, in order) and its count. */
export interface CountCell {
  readonly coordinates: readonly string[];
  readonly count: number;
}

/**
 * Small-cell suppression of one counted table (one measure, one period), domain.md §9.
 *
 * PRIMARY: a cell counting 1 to 9 (SUPPRESSION_THRESHOLD, tunable). Zero cells are never produced (a combination
 * without anything counted has no cell), so a zero reveals nothing a missing cell would not.
 *
 * COMPLEMENTARY (the hypercube heuristic of statistical disclosure control, e.g. Hundepool et al., Statistical
 * Disclosure Control, Wiley 2012, §4.4, and τ-ARGUS's "hypercube" method): a LINE is the cells that share every
 * coordinate but one; its sum is the margin a reader gets from the same request without that dimension (or, for
 * one dimension, the table's total). A line holding exactly one suppressed cell would give it away by subtraction,
 * so the smallest other cell of the line (ties by coordinates, so the result is deterministic) is suppressed too.
 * Repeated over every dimension until no line holds a lone suppressed cell: the set only grows and is finite, so
 * it stops. A line whose only cell is suppressed needs no partner: its margin equals that cell, and a margin under
 * the threshold is itself suppressed. Limits, said plainly: the heuristic protects each cell against one
 * subtraction along a line; like τ-ARGUS's hypercube it does not solve the linear programme that would prove no
 * combination of several margins narrows a cell's interval, and it does not coordinate with other requests.
 *
 * Returns one entry per cell, in order: null (published), PRIMARY or COMPLEMENTARY.
 */
export function suppressCells(cells: readonly CountCell[]): (FigureSuppression | null)[] {
  const status = cells.map((cell): FigureSuppression | null =>
    cell.count > 0 && cell.count < SUPPRESSION_THRESHOLD ? FigureSuppression.PRIMARY : null,
  );
  const dimensions = cells[0]?.coordinates.length ?? 0;
  if (dimensions === 0 || !status.some((value) => value !== null)) return status;
  const lines: number[][] = [];
  for (let dimension = 0; dimension < dimensions; dimension += 1) {
    const byRest = new Map<string, number[]>();
    cells.forEach((cell, index) => {
      const rest = JSON.stringify(cell.coordinates.filter((_, position) => position !== dimension));
      byRest.set(rest, [...(byRest.get(rest) ?? []), index]);
    });
    lines.push(...[...byRest.values()].filter((line) => line.length > 1));
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const suppressed = line.filter((index) => status[index] !== null);
      if (suppressed.length !== 1) continue;
      const partner = line
        .filter((index) => status[index] === null)
        .sort((a, b) => cells[a].count - cells[b].count || compareCoordinates(cells[a], cells[b]))[0];
      if (partner === undefined) continue;
      status[partner] = FigureSuppression.COMPLEMENTARY;
      changed = true;
    }
  }
  return status;
}

function compareCoordinates(a: CountCell, b: CountCell): number {
  return JSON.stringify(a.coordinates).localeCompare(JSON.stringify(b.coordinates));
}
