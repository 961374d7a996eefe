import type { FigureGranularity } from "./nativeFigures";

/** One period of a figure request: its name and its first and last day (inclusive, YYYY-MM-DD). */
export interface FigurePeriod {
  readonly name: string;
  readonly firstDay: string;
  readonly lastDay: string;
}

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Every period from `from` to `to` inclusive. A school year runs 1 September to 31 August ("2023-2024"); a month is
 * "2023-09". Throws a RangeError on a malformed name or a reversed range.
 */
export function periodsBetween(granularity: FigureGranularity, from: string, to: string): FigurePeriod[] {
  const first = periodIndex(granularity, from);
  const last = periodIndex(granularity, to);
  if (last < first) throw new RangeError(`the period ${from}..${to} is reversed`);
  const periods: FigurePeriod[] = [];
  for (let index = first; index <= last && periods.length <= 10_000; index += 1) {
    periods.push(periodAt(granularity, index));
  }
  return periods;
}

/** The period of a granularity that contains a day (YYYY-MM-DD). */
export function periodOfDay(granularity: FigureGranularity, day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (granularity === "MONTH") return day.slice(0, 7);
  const startYear = month >= 9 ? year : year - 1;
  return `${startYear}-${startYear + 1}`;
}

function periodIndex(granularity: FigureGranularity, name: string): number {
  if (granularity === "SCHOOL_YEAR") {
    const match = SCHOOL_YEAR.exec(name);
    if (!match || Number(match[2]) !== Number(match[1]) + 1) {
      throw new RangeError(`${name} is not a school year like 2023-2024`);
    }
    return Number(match[1]);
  }
  const match = MONTH.exec(name);
  if (!match) throw new RangeError(`${name} is not a month like 2023-09`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function periodAt(granularity: FigureGranularity, index: number): FigurePeriod {
  if (granularity === "SCHOOL_YEAR") {
    return { name: `${index}-${index + 1}`, firstDay: `${index}-09-01`, lastDay: `${index + 1}-08-31` };
  }
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDate = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, "0");
  return { name: `${year}-${mm}`, firstDay: `${year}-${mm}-01`, lastDay: `${year}-${mm}-${lastDate}` };
}
