import type { FigureGranularity } from "./figureCharts";

/** How far back the overview looks: five school years, twelve months (a modelling choice: one screen of bars). */
export const OVERVIEW_SCHOOL_YEARS = 5;
export const OVERVIEW_MONTHS = 12;

/**
 * The `from` and `to` period names of a chart ending with the period that holds `asOf` (YYYY-MM-DD): school years
 * run 1 September to 31 August ("2023-2024"), months are "2023-09" (schema/contract/figures/periods.ts).
 */
export function periodWindow(granularity: FigureGranularity, asOf: string): { from: string; to: string } {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  if (granularity === "SCHOOL_YEAR") {
    const last = month >= 9 ? year : year - 1;
    const first = last - OVERVIEW_SCHOOL_YEARS + 1;
    return { from: `${first}-${first + 1}`, to: `${last}-${last + 1}` };
  }
  const lastIndex = year * 12 + month - 1;
  const name = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  return { from: name(lastIndex - OVERVIEW_MONTHS + 1), to: name(lastIndex) };
}
