import * as figureContract from "../../../schema/contract/figures";

/**
 * The periods of a request as a generated series (works on PostgreSQL and PGlite alike), cut at `asOf`: a period
 * that starts after `asOf` does not exist yet and a period running past it ends on `asOf` (nativeFigures.ts).
 * Parameters: `$1` asOf, `$2` the first day of the first period, `$3` the number of periods that start on or
 * before `asOf` (figurePeriodBounds). The series is of integers, with no filter, so that the planner knows
 * exactly how many periods there are (it estimates a series of timestamps at 1000 rows, which inflated every
 * join's cost past PostgreSQL's JIT threshold: half a second of compiling per statement, measured at scale 0.1).
 * Columns: `name` (2023-2024 or 2023-09), `first_day`, `last_day`.
 */
export function figurePeriodsSql(granularity: figureContract.FigureGranularity): string {
  const step = granularity === "MONTH" ? "1 month" : "1 year";
  const name =
    granularity === "MONTH"
      ? `to_char(d, 'YYYY-MM')`
      : `to_char(d, 'YYYY') || '-' || to_char(d + interval '1 year', 'YYYY')`;
  return `SELECT ${name} AS name, d::date AS first_day,
         LEAST((d + interval '${step}')::date - 1, $1::date) AS last_day
    FROM generate_series(0, $3::int - 1) AS k
    CROSS JOIN LATERAL (SELECT $2::date::timestamp + k * interval '${step}' AS d) AS start`;
}

/**
 * The parameters figurePeriodsSql reads after `$1`: the first day of the first period, and how many periods
 * start on or before `asOf` (a later one does not exist yet).
 */
export function figurePeriodBounds(request: figureContract.ProviderFigureRequest): [string, number] {
  const periods = figureContract.periodsBetween(request.granularity, request.fromPeriod, request.toPeriod);
  return [periods[0].firstDay, periods.filter((period) => period.firstDay <= request.asOf).length];
}

/** The first day of the period holding a day: the 1st of its month, or the 1 September that opens its school year. */
export function periodStartSql(granularity: figureContract.FigureGranularity, day: string): string {
  return granularity === "MONTH"
    ? `date_trunc('month', ${day})::date`
    : `(date_trunc('year', ${day} - interval '8 months') + interval '8 months')::date`;
}

/**
 * Joins the one period that holds a day (`p`), by its first day: a hash join, not a comparison of every record
 * with every period. A day after `asOf` falls in no period.
 */
export function joinPeriodOfDay(granularity: figureContract.FigureGranularity, day: string): string {
  return `JOIN periods p ON p.first_day = ${periodStartSql(granularity, day)} AND ${day} <= p.last_day`;
}

/**
 * `SELECT <columns> FROM <from>` once for every period (`p`) that a span of days overlaps, as two branches
 * (UNION ALL): the period holding the span's first day, found by a hash join on its first day; and, only for the
 * spans that reach into a later period, each later period they overlap, by comparing bounds with the few
 * periods (LATERAL, kept a subquery by OFFSET 0, so that the records are read once and the periods once per
 * record: flattened, the planner put the periods outside and read the records once per period). Most records
 * (an enrolment of one school year) take the first branch alone, so the cost follows the records, not records
 * times periods. A series of periods per record would do the same, but the planner estimates every such series
 * at 1000 rows, and the plans built on that estimate were slower at scale 1 (measured).
 */
export function selectOverPeriodsOfSpan(
  granularity: figureContract.FigureGranularity,
  columns: string,
  from: string,
  firstDay: string,
  lastDay: string,
): string {
  const firstPeriod = periodStartSql(granularity, firstDay);
  return `SELECT ${columns} FROM ${from}
        JOIN periods p ON p.first_day = ${firstPeriod} AND ${firstDay} <= p.last_day
      UNION ALL
      SELECT ${columns} FROM ${from}
       CROSS JOIN LATERAL (
         SELECT * FROM periods p WHERE p.first_day > ${firstPeriod} AND p.first_day <= ${lastDay} OFFSET 0) AS p
       WHERE ${firstPeriod} < ${periodStartSql(granularity, `LEAST(${lastDay}, $1::date)`)}`;
}
