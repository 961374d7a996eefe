import type * as figureContract from "../../../schema/contract/figures";
import {
  figurePeriodsSql,
  joinPeriodOfDay,
  periodStartSql,
  selectOverPeriodsOfSpan,
} from "./figurePeriodsSql";
import type { ProviderFigureSources } from "./ProviderFigureSources";

type Measure = figureContract.NativeMeasure;
type Dimension = figureContract.NativeDimension;

/** The column of the counted facts that holds each native dimension, with its SQL type for a null. */
const DIMENSION_COLUMNS: Record<Dimension, { column: string; type: string }> = {
  levelCode: { column: "level_code", type: "text" },
  tradeCode: { column: "trade_code", type: "text" },
  unitNumber: { column: "unit_number", type: "text" },
  learnerPostcode: { column: "learner_postcode", type: "text" },
  ageYears: { column: "age_years", type: "int" },
  trackCode: { column: "track_code", type: "text" },
  contractTypeCode: { column: "contract_type_code", type: "text" },
};

/** Order of the dimension columns in every statement's result (the order of NATIVE_DIMENSIONS). */
export const FIGURE_DIMENSION_ORDER: readonly Dimension[] = [
  "levelCode",
  "tradeCode",
  "unitNumber",
  "learnerPostcode",
  "ageYears",
  "trackCode",
  "contractTypeCode",
];

/** Measures that count things with no learner behind them: no learner dimension applies. */
const WITHOUT_LEARNER: ReadonlySet<Measure> = new Set(["PROGRAMMES", "UNITS_WITH_LEARNER"]);

/**
 * The one SQL statement that counts a measure over a provider's records, grouped by the requested native
 * dimensions only (the others null), per period: the counting rules of schema/contract/figures/nativeFigures.ts,
 * written once for the three providers over the records each states in its own tables and codes
 * (ProviderFigureSources). Parameters: `$1` asOf, `$2` the first day of the first period, `$3` the number of periods
 * (figurePeriodBounds). The statement reads whole tables and groups in the database: its count never depends on
 * the population, and no learner row leaves the store.
 *
 * Shared choices (a modelling choice where the contract leaves room, documented in each provider's README):
 * - a contract is in force from its start to its recorded effective end, else its planned end;
 * - the level of a contract on a day is its own latest level record dated on or before it (a new contract
 *   starts without one until its referent decides): for LEARNERS, of the contract chosen, on the last day
 *   under contract in the period; CONTRACTS_STARTED on the first day, CONTRACTS_ENDED on the end day;
 *   certificates have no level;
 * - the track on a day is that of the learner's latest enrolment begun on or before it (else the first one);
 * - age is in whole years on the day the rule names (end day for CONTRACTS_ENDED, issue day for CERTIFICATIONS,
 *   decision day for LEVEL_DECISIONS).
 */
export function buildFigureStatement(
  sources: ProviderFigureSources,
  granularity: figureContract.FigureGranularity,
  measure: Measure,
  groupBy: readonly Dimension[],
): string {
  const asked = new Set(groupBy);
  const withLearner = !WITHOUT_LEARNER.has(measure);
  const needsLevels = withLearner && (measure === "LEVEL_DECISIONS" || asked.has("levelCode"));
  const needsLearner = withLearner && (asked.has("learnerPostcode") || asked.has("ageYears"));
  const needsTrack = withLearner && asked.has("trackCode");
  // Contracts started before the first period matter only for a level in force; without one, a recent window
  // reads the contracts by the provider's start-date index (migration 000005) instead of all of them.
  const startsInWindow = measure === "CONTRACTS_STARTED" && !needsLevels;
  const ctes = [
    // Materialised: each period's bounds are computed once, not once per record they are compared with.
    `periods AS MATERIALIZED (${figurePeriodsSql(granularity)})`,
    `learners AS (${sources.learners})`,
    // Materialised: each record's days are computed once, not once per period it is compared with.
    `enrolments AS MATERIALIZED (
      SELECT * FROM (${sources.enrolments}) AS e WHERE e.recorded_on <= $1::date AND e.first_day <= e.last_day)`,
    `contracts AS MATERIALIZED (
      SELECT * FROM (${sources.contracts}) AS c
       WHERE c.recorded_on <= $1::date AND c.start_day <= $1::date AND c.end_day >= c.start_day
       ${startsInWindow ? "AND c.start_day >= $2::date" : ""})`,
    `decisions AS (
      SELECT d.decision_id, d.contract_id, d.level_code, d.decided_on, c.learner_id
        FROM (${sources.levelDecisions}) AS d JOIN contracts c ON c.contract_id = d.contract_id
       WHERE d.decided_on <= $1::date)`,
    // A contract's level record is in force until the day before its next one; two on one day: the last by id.
    `level_spans AS (
      SELECT contract_id, level_code, decided_on AS valid_from,
             COALESCE(lead(decided_on) OVER (PARTITION BY contract_id COLLATE "C" ORDER BY decided_on, decision_id) - 1,
                      'infinity'::date) AS valid_to
        FROM decisions)`,
    ...MEASURE_BASES[measure](sources, granularity),
  ];
  if (needsTrack) {
    ctes.push(`base_tracks AS (
      SELECT DISTINCT ON (b.key) b.key, e.track_code
        FROM base b JOIN enrolments e ON e.learner_id = b.learner_id
       ORDER BY b.key, (e.first_day <= b.day) DESC, CASE WHEN e.first_day <= b.day THEN e.first_day END DESC,
                e.first_day, e.enrolment_id DESC)`);
  }
  const levelInForce =
    measure === "LEVEL_DECISIONS" ? "b.given_level_code" : needsLevels ? "ls.level_code" : "NULL::text";
  ctes.push(`enriched AS (
    SELECT b.period, ${levelInForce} AS level_code, b.trade_code, b.unit_number,
           ${needsLearner ? "l.postcode" : "NULL::text"} AS learner_postcode,
           ${needsLearner ? "extract(year FROM age(b.day, l.birth_date))::int" : "NULL::int"} AS age_years,
           ${needsTrack ? "t.track_code" : "NULL::text"} AS track_code,
           b.contract_type_code, b.end_reason_code, b.previous_level_code, b.within_year, b.certification_code,
           b.site_postcode, b.enrolled, b.under_contract, b.days
      FROM base b
      ${needsLearner ? "LEFT JOIN learners l ON l.learner_id = b.learner_id" : ""}
      ${needsLevels && measure !== "LEVEL_DECISIONS" ? "LEFT JOIN level_spans ls ON ls.contract_id = b.level_contract_id AND b.level_day BETWEEN ls.valid_from AND ls.valid_to" : ""}
      ${needsTrack ? "LEFT JOIN base_tracks t ON t.key = b.key" : ""})`);
  const dimensions = FIGURE_DIMENSION_ORDER.map((dimension) => {
    const { column, type } = DIMENSION_COLUMNS[dimension];
    return asked.has(dimension) ? `${column}` : `NULL::${type} AS ${column}`;
  });
  const grouped = [
    "period",
    ...dimensions,
    "end_reason_code",
    "previous_level_code",
    "within_year",
    "certification_code",
    "site_postcode",
    "enrolled",
    "under_contract",
  ];
  const positions = grouped.map((_, index) => index + 1).join(", ");
  return `WITH ${ctes.join(",\n")}
SELECT ${grouped.join(", ")}, count(*)::int AS count, COALESCE(sum(days), 0)::int AS contract_days
  FROM enriched
 GROUP BY ${positions}
 ORDER BY ${positions}`;
}

/**
 * A text that sorts like the tuple (days…, id): each day as YYYYMMDD (8 characters), then the id; compared
 * bytewise (COLLATE "C"), so `max()` picks the latest, by plain aggregation.
 */
function sortKey(...parts: string[]): string {
  const days = parts.slice(0, -1).map((day) => `to_char(${day}, 'YYYYMMDD')`);
  return `(${[...days, parts[parts.length - 1]].join(" || ")}) COLLATE "C"`;
}

/** Separates the fields packed after a record's id (the ASCII unit separator: never in a code or an id). */
const SEPARATOR = "chr(31)";

/** Codes packed after an id, each preceded by the separator (a null code as an empty field). */
function packed(...codes: string[]): string {
  return codes.map((code) => `${SEPARATOR} || COALESCE(${code}, '')`).join(" || ");
}

/** The nth code packed in a key (1-based), null when empty or when there is no key. */
function unpacked(key: string, field: number): string {
  return `NULLIF(split_part(${key}, ${SEPARATOR}, ${field + 1}), '')`;
}

/**
 * The facts each measure counts, one row per counted thing, as the CTEs ending in `base` with the columns:
 * period, learner_id, key (unique per row), day (age and track), level_contract_id and level_day (the contract
 * whose level in force on that day is the level), given_level_code,
 * trade_code, unit_number, contract_type_code, end_reason_code, previous_level_code, within_year,
 * certification_code, site_postcode, enrolled, under_contract, days.
 */
const MEASURE_BASES: Record<
  Measure,
  (sources: ProviderFigureSources, granularity: figureContract.FigureGranularity) => string[]
> = {
  LEARNERS: (_, granularity) => [
    // Every day a learner is active in a period, as spells: enrolments (E) and contracts (C), cut to the period,
    // each with what the learner's dimensions may take from it (packed, see packed()). Keys compare bytewise.
    `spells AS (
      ${selectOverPeriodsOfSpan(
        granularity,
        `p.name COLLATE "C" AS period, e.learner_id COLLATE "C" AS learner_id, 'E' AS kind,
         GREATEST(e.first_day, p.first_day) AS f, LEAST(e.last_day, p.last_day) AS l, e.first_day AS sort_day,
         e.enrolment_id AS ref, ${packed("e.trade_code")} AS payload`,
        "enrolments e",
        "e.first_day",
        "e.last_day",
      )}
      UNION ALL
      ${selectOverPeriodsOfSpan(
        granularity,
        `p.name COLLATE "C", c.learner_id COLLATE "C", 'C', GREATEST(c.start_day, p.first_day),
         LEAST(c.end_day, p.last_day), c.start_day, c.contract_id,
         ${packed("c.trade_code", "c.unit_number", "c.contract_type_code")}`,
        "contracts c",
        "c.start_day",
        "c.end_day",
      )})`,
    // One row per learner and period, by plain aggregates over the spells: the last active day; the days under
    // contract as a union, so overlapping contracts count each day once; and, by sortable keys (days, id), the
    // contract ending last (the one in force on the last day when it ends on it), the latest contract and the
    // latest enrolment of the period, with their dimensions.
    `per_learner AS (
      SELECT period, learner_id, max(l) AS last_day, max(l) FILTER (WHERE kind = 'C') AS last_contract_day,
             bool_or(kind = 'E') AS enrolled, bool_or(kind = 'C') AS under_contract,
             count(*) FILTER (WHERE kind = 'C') AS contract_spells,
             sum(l - f + 1) FILTER (WHERE kind = 'C') AS contract_spell_days,
             range_agg(daterange(f, l, '[]')) FILTER (WHERE kind = 'C') AS contract_spans,
             max(${sortKey("l", "sort_day", "ref || payload")}) FILTER (WHERE kind = 'C') AS ending_last,
             max(${sortKey("sort_day", "ref || payload")}) FILTER (WHERE kind = 'C') AS latest_contract,
             max(${sortKey("sort_day", "ref || payload")}) FILTER (WHERE kind = 'E') AS latest_enrolment
        FROM spells GROUP BY learner_id, period)`,
    // The contract in force on the last active day, else the latest contract of the period; the trade of that
    // contract, else of the latest enrolment.
    `chosen AS (
      SELECT pl.*, CASE WHEN substr(ending_last, 1, 8) = to_char(last_day, 'YYYYMMDD') THEN substr(ending_last, 17)
                        ELSE substr(latest_contract, 9) END AS contract
        FROM per_learner pl)`,
    `base AS (
      SELECT period, learner_id, period || ' ' || learner_id AS key, last_day AS day,
             split_part(contract, ${SEPARATOR}, 1) AS level_contract_id, last_contract_day AS level_day,
             NULL::text AS given_level_code,
             COALESCE(${unpacked("contract", 1)}, ${unpacked("latest_enrolment", 1)}) AS trade_code,
             ${unpacked("contract", 2)} AS unit_number, ${unpacked("contract", 3)} AS contract_type_code,
             NULL::text AS end_reason_code, NULL::text AS previous_level_code, NULL::boolean AS within_year,
             NULL::text AS certification_code, NULL::text AS site_postcode, enrolled, under_contract,
             -- The union is walked only where contracts may overlap (two or more in the period).
             CASE WHEN contract_spells > 1 THEN (SELECT sum(upper(r) - lower(r)) FROM unnest(contract_spans) AS r)
                  ELSE COALESCE(contract_spell_days, 0) END AS days
        FROM chosen)`,
  ],
  CONTRACTS_STARTED: (_, granularity) => [
    `base AS (
      SELECT p.name AS period, c.learner_id, c.contract_id AS key, c.start_day AS day,
             c.contract_id AS level_contract_id, c.start_day AS level_day, NULL::text AS given_level_code,
             c.trade_code, c.unit_number, c.contract_type_code,
             NULL::text AS end_reason_code, NULL::text AS previous_level_code, NULL::boolean AS within_year,
             NULL::text AS certification_code, NULL::text AS site_postcode, NULL::boolean AS enrolled,
             NULL::boolean AS under_contract, 0 AS days
        FROM contracts c ${joinPeriodOfDay(granularity, "c.start_day")})`,
  ],
  CONTRACTS_ENDED: (_, granularity) => [
    `base AS (
      SELECT p.name AS period, c.learner_id, c.contract_id AS key, c.ended_on AS day,
             c.contract_id AS level_contract_id, c.ended_on AS level_day, NULL::text AS given_level_code,
             c.trade_code, c.unit_number, c.contract_type_code,
             c.end_reason_code, NULL::text AS previous_level_code, NULL::boolean AS within_year,
             NULL::text AS certification_code, NULL::text AS site_postcode, NULL::boolean AS enrolled,
             NULL::boolean AS under_contract, c.ended_on - c.start_day + 1 AS days
        FROM contracts c ${joinPeriodOfDay(granularity, "c.ended_on")})`,
  ],
  LEVEL_DECISIONS: (_, granularity) => [
    `decision_history AS (
      SELECT d.*, lag(d.level_code) OVER w AS previous_level_code, lag(d.decided_on) OVER w AS previous_on
        FROM decisions d WINDOW w AS (PARTITION BY d.learner_id COLLATE "C" ORDER BY d.decided_on, d.decision_id))`,
    `base AS (
      SELECT p.name AS period, h.learner_id, h.decision_id AS key, h.decided_on AS day,
             NULL::text AS level_contract_id, NULL::date AS level_day,
             h.level_code AS given_level_code, c.trade_code, c.unit_number, c.contract_type_code,
             NULL::text AS end_reason_code, h.previous_level_code,
             CASE WHEN h.previous_on IS NOT NULL THEN h.decided_on - h.previous_on <= 365 END AS within_year,
             NULL::text AS certification_code, NULL::text AS site_postcode, NULL::boolean AS enrolled,
             NULL::boolean AS under_contract, 0 AS days
        FROM decision_history h ${joinPeriodOfDay(granularity, "h.decided_on")}
        JOIN contracts c ON c.contract_id = h.contract_id)`,
  ],
  CERTIFICATIONS: (sources, granularity) => [
    `base AS (
      SELECT p.name AS period, x.learner_id, x.certificate_id AS key, x.issued_on AS day,
             NULL::text AS level_contract_id, NULL::date AS level_day,
             NULL::text AS given_level_code, x.trade_code, NULL::text AS unit_number,
             NULL::text AS contract_type_code, NULL::text AS end_reason_code, NULL::text AS previous_level_code,
             NULL::boolean AS within_year, x.certification_code, NULL::text AS site_postcode,
             NULL::boolean AS enrolled, NULL::boolean AS under_contract, 0 AS days
        FROM (${sources.certificates}) AS x ${joinPeriodOfDay(granularity, "x.issued_on")}
       WHERE x.issued_on >= $2::date)`,
  ],
  PROGRAMMES: (_, granularity) => [
    // One per (trade, site) with an enrolment on a day of the period; sites sharing a postcode stay apart. The
    // enrolments of a (trade, site) that begin in the same period are first merged into one span from the
    // earliest first day to the latest last day: it overlaps exactly the periods they overlap (each overlaps the
    // period it begins in, and the one ending last covers every later day up to its end), so a few thousand spans
    // are spread over the periods instead of every enrolment.
    `programme_spans AS (
      SELECT trade_code, site_id, site_postcode, min(first_day) AS first_day, max(last_day) AS last_day
        FROM enrolments
       GROUP BY trade_code, site_id, site_postcode, ${periodStartSql(granularity, "first_day")})`,
    `programmes AS (
      SELECT DISTINCT * FROM (
        ${selectOverPeriodsOfSpan(
          granularity,
          "p.name AS period, e.trade_code, e.site_id, e.site_postcode",
          "programme_spans e",
          "e.first_day",
          "e.last_day",
        )}) AS taught)`,
    `base AS (
      SELECT period, NULL::text AS learner_id, NULL::text AS key, NULL::date AS day,
             NULL::text AS level_contract_id, NULL::date AS level_day,
             NULL::text AS given_level_code, trade_code, NULL::text AS unit_number,
             NULL::text AS contract_type_code, NULL::text AS end_reason_code, NULL::text AS previous_level_code,
             NULL::boolean AS within_year, NULL::text AS certification_code, site_postcode,
             NULL::boolean AS enrolled, NULL::boolean AS under_contract, 0 AS days
        FROM programmes)`,
  ],
  UNITS_WITH_LEARNER: (_, granularity) => [
    // One per unit with a contract in force on a day of the period, with the trade of its latest such contract.
    `units AS (
      SELECT period, unit_number, ${unpacked("max(latest)", 1)} AS trade_code
        FROM (${selectOverPeriodsOfSpan(
          granularity,
          `p.name AS period, c.unit_number, ${sortKey("c.start_day", `c.contract_id || ${packed("c.trade_code")}`)} AS latest`,
          "contracts c",
          "c.start_day",
          "c.end_day",
        )}) AS in_force
       GROUP BY period, unit_number)`,
    `base AS (
      SELECT period, NULL::text AS learner_id, NULL::text AS key, NULL::date AS day,
             NULL::text AS level_contract_id, NULL::date AS level_day,
             NULL::text AS given_level_code, trade_code, unit_number, NULL::text AS contract_type_code,
             NULL::text AS end_reason_code, NULL::text AS previous_level_code, NULL::boolean AS within_year,
             NULL::text AS certification_code, NULL::text AS site_postcode, NULL::boolean AS enrolled,
             NULL::boolean AS under_contract, 0 AS days
        FROM units)`,
  ],
};
