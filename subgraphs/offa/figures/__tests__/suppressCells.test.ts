import { FigureSuppression } from "../figureEnums";
import { suppressCells, type CountCell } from "../suppressCells";

/** Every line (cells sharing all coordinates but one) holding a suppressed cell holds another, or only it. */
function assertNoLoneSuppressedCell(cells: readonly CountCell[], status: readonly (string | null)[]): void {
  const dimensions = cells[0]?.coordinates.length ?? 0;
  for (let dimension = 0; dimension < dimensions; dimension += 1) {
    const lines = new Map<string, number[]>();
    cells.forEach((cell, index) => {
      const rest = JSON.stringify(cell.coordinates.filter((_, position) => position !== dimension));
      lines.set(rest, [...(lines.get(rest) ?? []), index]);
    });
    for (const line of lines.values()) {
      const suppressed = line.filter((index) => status[index] !== null);
      if (line.length > 1) expect(suppressed.length === 0 || suppressed.length >= 2).toBe(true);
    }
  }
}

function grid(counts: number[][]): CountCell[] {
  return counts.flatMap((row, r) => row.map((count, c) => ({ coordinates: [`r${r}`, `c${c}`], count })));
}

describe("suppressCells", () => {
  it("suppresses counts from 1 to 9 as PRIMARY and publishes 10 and more", () => {
    const status = suppressCells([
      { coordinates: [], count: 9 },
      { coordinates: [], count: 10 },
    ]);
    expect(status).toEqual([FigureSuppression.PRIMARY, null]);
  });

  it("hides the smallest other cell of a row with one primary cell, so the total gives nothing away", () => {
    const cells = grid([[3, 50, 40]]);
    const status = suppressCells(cells);
    expect(status).toEqual([FigureSuppression.PRIMARY, null, FigureSuppression.COMPLEMENTARY]);
  });

  it("leaves a row alone when it already holds two primary cells", () => {
    expect(suppressCells(grid([[3, 4, 40]]))).toEqual([
      FigureSuppression.PRIMARY,
      FigureSuppression.PRIMARY,
      null,
    ]);
  });

  it("propagates along columns until no line holds a lone suppressed cell", () => {
    const cells = grid([
      [3, 50, 40],
      [60, 70, 80],
      [90, 11, 12],
    ]);
    const status = suppressCells(cells);
    assertNoLoneSuppressedCell(cells, status);
    expect(status.filter((s) => s === FigureSuppression.PRIMARY)).toHaveLength(1);
    expect(status.filter((s) => s === FigureSuppression.COMPLEMENTARY).length).toBeGreaterThanOrEqual(3);
  });

  it("holds the property on random three-dimensional tables", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 30; round += 1) {
      const cells: CountCell[] = [];
      for (const a of ["A", "B", "C"]) {
        for (const b of ["x", "y", "z", "w"]) {
          for (const c of ["1", "2"]) {
            if (random() < 0.15) continue; // some combinations have no cell
            cells.push({
              coordinates: [a, b, c],
              count: 1 + Math.floor(random() * (random() < 0.3 ? 9 : 200)),
            });
          }
        }
      }
      const status = suppressCells(cells);
      assertNoLoneSuppressedCell(cells, status);
      cells.forEach((cell, index) => {
        if (cell.count < 10) expect(status[index]).toBe(FigureSuppression.PRIMARY);
      });
    }
  });

  it("needs no partner for a cell alone in its line (its margin is the cell itself)", () => {
    expect(suppressCells([{ coordinates: ["only"], count: 4 }])).toEqual([FigureSuppression.PRIMARY]);
  });
});
