import type { Queryable } from "../../kit";
import { FigureDimension } from "./figureEnums";
import type { FigureVocabulary } from "./figureDimensions";
import type { UnitPlace } from "./harmoniseGroup";
import type { RegisterCount } from "./tabulateFigures";

/*
 * OFFA's own SQL for figures: one statement each, whatever the population (issue 11: statements per request do not
 * grow with the data).
 */

/** The common codes that are coordinates (trades, contract types, end reasons), in one statement. */
export async function selectFigureVocabulary(db: Queryable): Promise<FigureVocabulary> {
  const rows = await db.query<{ kind: string; code: string }>(
    `SELECT 'TRADE' AS kind, code FROM offa.common_trade
     UNION ALL SELECT 'CONTRACT_TYPE', code FROM offa.common_contract_type
     UNION ALL SELECT 'END_REASON', code FROM offa.common_end_reason
     ORDER BY 1, 2`,
  );
  const of = (kind: string) => rows.filter((row) => row.kind === kind).map((row) => row.code);
  return { trades: of("TRADE"), contractTypes: of("CONTRACT_TYPE"), endReasons: of("END_REASON") };
}

/** Region and province of the register's units among `numbers` (a unit it lacks is simply absent). */
export async function selectUnitPlaces(
  db: Queryable,
  numbers: readonly string[],
): Promise<Map<string, UnitPlace>> {
  if (numbers.length === 0) return new Map();
  const rows = await db.query<{ number: string; region: string; province: string }>(
    `SELECT number, region, province FROM offa.establishment_unit WHERE number = ANY($1::text[])`,
    [numbers],
  );
  return new Map(rows.map((row) => [row.number, { region: row.region, province: row.province }]));
}

const REGISTER_COLUMNS: Partial<Record<FigureDimension, string>> = {
  [FigureDimension.TRADE]: "f.trade_code",
  [FigureDimension.UNIT_REGION]: "coalesce(u.region, 'UNKNOWN')",
  [FigureDimension.UNIT_PROVINCE]: "coalesce(u.province, 'UNKNOWN')",
  [FigureDimension.PLACE_REGION]: "coalesce(u.region, 'UNKNOWN')",
};

/**
 * ACCREDITED_UNITS: per period, the establishment units holding at least one agrément in force on the period's
 * last day, or on `asOf` for the period containing it (domain.md §4; read like the compliance checks: the state
 * after the agrément's dated events up to that day, a withdrawal taking effect the day after), counted once per
 * split combination (a unit accredited for two trades counts once in a total, once per trade by TRADE). Grouped
 * and filtered by TRADE (common code, agréments are granted per common trade), UNIT_REGION and UNIT_PROVINCE
 * (the register; UNKNOWN for a unit it lacks).
 */
export async function selectAccreditedUnitCounts(
  db: Queryable,
  days: readonly { period: string; day: string }[],
  by: readonly FigureDimension[],
  where: Readonly<Partial<Record<FigureDimension, readonly string[]>>>,
): Promise<RegisterCount[]> {
  const columns = by.map((dimension) => {
    const column = REGISTER_COLUMNS[dimension];
    if (column === undefined) throw new Error(`ACCREDITED_UNITS has no dimension ${dimension}`);
    return column;
  });
  const params: unknown[] = [days.map((d) => d.period), days.map((d) => d.day)];
  const filters = Object.entries(where).map(([dimension, values]) => {
    params.push(values);
    return `${REGISTER_COLUMNS[dimension as FigureDimension]} = ANY($${params.length}::text[])`;
  });
  const coordinates = columns.length === 0 ? "ARRAY[]::text[]" : `ARRAY[${columns.join(", ")}]`;
  const rows = await db.query<{ period: string; coordinates: string[]; count: number }>(
    `WITH day AS (SELECT * FROM unnest($1::text[], $2::date[]) AS d(period, on_day)),
     in_force AS (
       SELECT DISTINCT d.period, a.establishment_unit_number AS unit, a.trade_code
         FROM day d
         JOIN offa.accreditation a ON true
         JOIN LATERAL (
           SELECT e.kind FROM offa.accreditation_event e
            WHERE e.accreditation_id = a.id
              AND (e.occurred_on < d.on_day OR (e.occurred_on = d.on_day AND e.kind <> 'WITHDRAWN'))
            ORDER BY e.occurred_on DESC, e.id DESC LIMIT 1
         ) last ON last.kind IN ('GRANTED', 'REINSTATED')
     )
     SELECT f.period, ${coordinates} AS coordinates, count(DISTINCT f.unit)::int AS count
       FROM in_force f LEFT JOIN offa.establishment_unit u ON u.number = f.unit
      ${filters.length > 0 ? `WHERE ${filters.join(" AND ")}` : ""}
      GROUP BY f.period${columns.length > 0 ? `, ${columns.join(", ")}` : ""}`,
    params,
  );
  return rows;
}

const MOVE_COLUMNS: Partial<Record<FigureDimension, string>> = {
  [FigureDimension.FROM_PROVIDER]: "m.from_provider",
  [FigureDimension.TO_PROVIDER]: "m.to_provider",
  [FigureDimension.TRADE]: "coalesce(m.to_trade_common, 'UNMAPPED')",
  [FigureDimension.UNIT_REGION]:
    "CASE WHEN m.to_unit_number IS NULL THEN 'NONE' ELSE coalesce(u.region, 'UNKNOWN') END",
  [FigureDimension.UNIT_PROVINCE]:
    "CASE WHEN m.to_unit_number IS NULL THEN 'NONE' ELSE coalesce(u.province, 'UNKNOWN') END",
  [FigureDimension.PLACE_REGION]:
    "CASE WHEN m.to_unit_number IS NULL THEN 'NONE' ELSE coalesce(u.region, 'UNKNOWN') END",
};

/**
 * MOVERS: per period, the learners with a move between providers dated in it (on or before asOf), from OFFA's
 * mobility model (offa.mobility_move, derived by `npm run mobility:refresh`), each counted once per combination.
 * TRADE is the common trade at the new provider (UNMAPPED when the model has none); the regions are the new unit's
 * (the register; NONE without a unit, UNKNOWN when the register lacks it). The model is derived with the records and
 * rules of its derivation day: an earlier asOf cuts the moves by date only (a modelling choice, README).
 */
export async function selectMoverCounts(
  db: Queryable,
  periods: readonly { period: string; firstDay: string; lastDay: string }[],
  by: readonly FigureDimension[],
  where: Readonly<Partial<Record<FigureDimension, readonly string[]>>>,
): Promise<RegisterCount[]> {
  return selectReadModelCounts(db, periods, by, where, {
    measure: "MOVERS",
    columns: MOVE_COLUMNS,
    counted: "m.learner_id",
    joined: `offa.mobility_move m ON m.moved_on BETWEEN d.first_day AND d.last_day
       LEFT JOIN offa.establishment_unit u ON u.number = m.to_unit_number`,
  });
}

const COMPLIANCE_COLUMNS: Partial<Record<FigureDimension, string>> = {
  [FigureDimension.PROVIDER]: "f.provider",
  [FigureDimension.COMPLIANCE_CODE]: "f.code",
  [FigureDimension.LEVEL]: "f.level",
  // The trade status is AMBIGUOUS, UNMAPPED or CONFLICTING_RECORDS when no single common trade applies: never
  // spread over the common trades. CONFLICTING_RECORDS is counted as UNMAPPED (no common value, a modelling choice).
  [FigureDimension.TRADE]:
    "CASE WHEN f.trade_common IS NOT NULL THEN f.trade_common WHEN f.trade_status = 'AMBIGUOUS' THEN 'AMBIGUOUS' ELSE 'UNMAPPED' END",
  [FigureDimension.UNIT_REGION]: "coalesce(u.region, 'UNKNOWN')",
  [FigureDimension.UNIT_PROVINCE]: "coalesce(u.province, 'UNKNOWN')",
  [FigureDimension.PLACE_REGION]: "coalesce(u.region, 'UNKNOWN')",
};

/**
 * COMPLIANCE_FINDINGS: per period, the learners with a contract a check flagged in a month of the period (a month
 * counts when it starts on or before the period's last day, capped at asOf), from OFFA's compliance model
 * (offa.compliance_finding, derived by `npm run mobility:refresh`), each learner counted once per combination, so
 * that suppression protects people (a modelling choice: a learner with two flagged contracts counts once).
 * LEVEL is the level in force on the contract's last day in the month (so by SCHOOL_YEAR a learner whose level
 * changed may count under two levels, as in any split by a value that changes within the period).
 * TRADE is the contract's common trade on the derivation day; the regions are its unit's (the register; UNKNOWN
 * when the register lacks it). One statement whatever the population.
 */
export async function selectComplianceFindingCounts(
  db: Queryable,
  periods: readonly { period: string; firstDay: string; lastDay: string }[],
  by: readonly FigureDimension[],
  where: Readonly<Partial<Record<FigureDimension, readonly string[]>>>,
): Promise<RegisterCount[]> {
  return selectReadModelCounts(db, periods, by, where, {
    measure: "COMPLIANCE_FINDINGS",
    columns: COMPLIANCE_COLUMNS,
    counted: "f.learner_id",
    joined: `offa.compliance_finding f ON f.month BETWEEN date_trunc('month', d.first_day)::date AND d.last_day
       LEFT JOIN offa.establishment_unit u ON u.number = f.unit_number`,
  });
}

/** One of OFFA's read models as a figure counts it: its rows joined to the periods, a column per dimension. */
interface ReadModelCounting {
  measure: string;
  columns: Partial<Record<FigureDimension, string>>;
  /** What one count is (distinct learners, so that suppression protects people). */
  counted: string;
  /** The read model (and the register) joined to the periods `d(period, first_day, last_day)`. */
  joined: string;
}

/** Distinct learners of a read model per period and combination of the dimensions asked: one statement. */
function selectReadModelCounts(
  db: Queryable,
  periods: readonly { period: string; firstDay: string; lastDay: string }[],
  by: readonly FigureDimension[],
  where: Readonly<Partial<Record<FigureDimension, readonly string[]>>>,
  model: ReadModelCounting,
): Promise<RegisterCount[]> {
  const columns = by.map((dimension) => {
    const column = model.columns[dimension];
    if (column === undefined) throw new Error(`${model.measure} has no dimension ${dimension}`);
    return column;
  });
  const params: unknown[] = [
    periods.map((p) => p.period),
    periods.map((p) => p.firstDay),
    periods.map((p) => p.lastDay),
  ];
  const filters = Object.entries(where).map(([dimension, values]) => {
    params.push(values);
    return `${model.columns[dimension as FigureDimension]} = ANY($${params.length}::text[])`;
  });
  const coordinates = columns.length === 0 ? "ARRAY[]::text[]" : `ARRAY[${columns.join(", ")}]`;
  return db.query<RegisterCount>(
    `SELECT d.period, ${coordinates} AS coordinates, count(DISTINCT ${model.counted})::int AS count
       FROM unnest($1::text[], $2::date[], $3::date[]) AS d(period, first_day, last_day)
       JOIN ${model.joined}
      ${filters.length > 0 ? `WHERE ${filters.join(" AND ")}` : ""}
      GROUP BY d.period${columns.length > 0 ? `, ${columns.join(", ")}` : ""}`,
    params,
  );
}
