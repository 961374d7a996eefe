import { Client } from "pg";

/*
 * A TEST-ONLY oracle for Query.figures (issue 11): counts directly over the provider stores (their own tables,
 * read here with SQL written from their migrations, not from the providers' figure code) and OFFA's mapping
 * tables and register, so a figure can be checked cell for cell. Slow and simple on purpose: one row per counted
 * thing, mapped and grouped in SQL.
 *
 * Counting rules (schema/contract/figures/nativeFigures.ts), as this oracle reads them:
 * - CONTRACTS_STARTED: a contract whose start date is in the period, the start on or before asOf and, where the
 *   provider records when it encoded the contract, encoded on or before asOf. Level: the contract's latest level
 *   record dated on or before its start day (and asOf); age in whole years on the start day.
 * - CERTIFICATIONS_AWARDED: a certificate issued in the period, on or before asOf; trade = the certificate's trade.
 * - LEARNERS_UNDER_CONTRACT by PROVIDER and LEVEL: the level is that of the contract covering the learner's last day
 *   under contract in the period (the latest-starting one if two do), its latest level record on or before that day.
 * - LEARNERS_ENROLLED / LEARNERS_UNDER_CONTRACT (by PROVIDER only): a provider learner with an enrolment, or a
 *   contract, covering a day of the period up to asOf. An enrolment covers its school year from its enrolment
 *   day (or the school year's first day, for one made before it; it must be made by asOf) to its exit day (CEFA date_sortie, IFAPME abandon_le; none at SFPME) or the school year's end; a contract
 *   covers its start day to its effective end (CEFA date_fin_effective, IFAPME fin_reelle, SFPME date_rupture)
 *   or, without one, its planned end; only contracts encoded by asOf count, and one still running on asOf runs on.
 * - CONTRACTS_ENDED_AT_TERM / _EARLY: a contract whose effective end (CEFA date_fin_effective, IFAPME fin_reelle,
 *   SFPME date_rupture, or its date_fin when it records an end reason) is in the period and on or before asOf,
 *   encoded by asOf; at term when its reason maps to TERM, early when it maps to another reason or is ambiguous
 *   between reasons none of which is TERM.
 * - LEVEL_PROGRESSION_A_TO_B / _B_TO_C: a level record dated in the period (on or before asOf) giving B (C) whose
 *   previous record of the same provider learner (any of its contracts, the latest dated before it) gave A (B), at
 *   most 365 days before.
 * - MOVERS (by FROM_PROVIDER, TO_PROVIDER): distinct learners of OFFA's mobility model with a move dated in the
 *   period, on or before asOf.
 * - ACCREDITED_UNITS: establishment units with an agrément whose latest event on the period's last day (or asOf)
 *   is GRANTED or REINSTATED, a withdrawal counting from the day after.
 * Common values: a native code resolves with OFFA's latest rule set, rules valid on asOf: one rule → its target
 * (none for NO_COUNTERPART → UNMAPPED), several → AMBIGUOUS, none → UNMAPPED; a missing code → NONE.
 */

/** What the oracle can count. */
export type OracleMeasure =
  | "CONTRACTS_STARTED"
  | "CERTIFICATIONS_AWARDED"
  | "ACCREDITED_UNITS"
  | "LEARNERS_ENROLLED"
  | "LEARNERS_UNDER_CONTRACT"
  | "MOVERS"
  | "CONTRACTS_ENDED_AT_TERM"
  | "CONTRACTS_ENDED_EARLY"
  | "LEVEL_PROGRESSION_A_TO_B"
  | "LEVEL_PROGRESSION_B_TO_C";
/** The dimensions the oracle splits by. */
export type OracleDimension =
  | "PROVIDER"
  | "LEVEL"
  | "TRADE"
  | "UNIT_REGION"
  | "UNIT_PROVINCE"
  | "LEARNER_REGION"
  | "AGE_BAND"
  | "CONTRACT_TYPE"
  | "FROM_PROVIDER"
  | "TO_PROVIDER"
  | "END_REASON";

/** One expected cell, before suppression. */
export interface OracleCell {
  measure: OracleMeasure;
  period: string;
  coordinates: string[];
  count: number;
}

export interface FigureOracleRequest {
  measure: OracleMeasure;
  by: readonly OracleDimension[];
  /** School years, "2021-2022". */
  periods: readonly string[];
  asOf: string;
}

// One row per ended contract: its effective end and end reason.
const ENDED = `
  SELECT 'CEFA' AS provider, 'cefa' AS ns, date_fin_effective AS end_day, date_encodage AS recorded_on, motif_fin AS reason
    FROM cefa.contrat WHERE date_fin_effective IS NOT NULL
  UNION ALL
  SELECT 'IFAPME', 'ifapme', fin_reelle, encode_le, raison_fin_code FROM ifapme.contrat WHERE fin_reelle IS NOT NULL
  UNION ALL
  SELECT 'SFPME', 'sfpme', coalesce(date_rupture, date_fin), date_saisie, motif_fin FROM sfpme.convention
   WHERE date_rupture IS NOT NULL OR motif_fin IS NOT NULL`;

// One row per contract with its id, learner and days (for the level a learner under contract holds).
const CONTRACT_SPANS = `
  SELECT 'CEFA' AS provider, 'cefa' AS ns, id, matricule AS learner, date_debut AS first_day,
         coalesce(date_fin_effective, date_fin_prevue) AS last_day, date_encodage AS recorded_on FROM cefa.contrat
  UNION ALL
  SELECT 'IFAPME', 'ifapme', numero, apprenant_numero, debut, coalesce(fin_reelle, fin_prevue), encode_le FROM ifapme.contrat
  UNION ALL
  SELECT 'SFPME', 'sfpme', reference, dossier, date_debut, coalesce(date_rupture, date_fin), date_saisie FROM sfpme.convention`;

// One row per level record of a contract.
const CONTRACT_LEVELS = `
  SELECT 'CEFA' AS provider, contrat_id AS contract, id, palier AS code, date_decision AS on_day FROM cefa.decision_palier
  UNION ALL SELECT 'IFAPME', contrat_numero, id, niveau_code, evalue_le FROM ifapme.evaluation_niveau
  UNION ALL SELECT 'SFPME', convention_reference, id, annee_code, effet_au FROM sfpme.palier_allocation`;

// One row per level record: the learner, the code and its day.
const LEVEL_RECORDS = `
  SELECT 'CEFA' AS provider, 'cefa' AS ns, c.matricule AS learner, d.id, d.palier AS code, d.date_decision AS on_day
    FROM cefa.decision_palier d JOIN cefa.contrat c ON c.id = d.contrat_id
  UNION ALL
  SELECT 'IFAPME', 'ifapme', c.apprenant_numero, n.id, n.niveau_code, n.evalue_le
    FROM ifapme.evaluation_niveau n JOIN ifapme.contrat c ON c.numero = n.contrat_numero
  UNION ALL
  SELECT 'SFPME', 'sfpme', c.dossier, p.id, p.annee_code, p.effet_au
    FROM sfpme.palier_allocation p JOIN sfpme.convention c ON c.reference = p.convention_reference`;

// One row per contract, in one shape, straight from each provider's tables (their migrations 000001-000004).
const CONTRACTS = `
  SELECT 'CEFA' AS provider, 'cefa' AS ns, c.date_debut AS start_day, c.date_encodage AS recorded_on,
         c.option_code AS trade, c.unite_etablissement AS unit, e.code_postal AS postcode, c.type_contrat AS type,
         e.date_naissance AS birth,
         (SELECT d.palier FROM cefa.decision_palier d WHERE d.contrat_id = c.id AND d.date_decision <= c.date_debut
             AND d.date_decision <= $1::date ORDER BY d.date_decision DESC, d.id DESC LIMIT 1) AS level
    FROM cefa.contrat c JOIN cefa.eleve e ON e.matricule = c.matricule
  UNION ALL
  SELECT 'IFAPME', 'ifapme', c.debut, c.encode_le, c.metier_code, c.employeur_ue, a.code_postal, c.type_code,
         a.naissance,
         (SELECT n.niveau_code FROM ifapme.evaluation_niveau n WHERE n.contrat_numero = c.numero
             AND n.evalue_le <= c.debut AND n.evalue_le <= $1::date ORDER BY n.evalue_le DESC, n.id DESC LIMIT 1)
    FROM ifapme.contrat c JOIN ifapme.apprenant a ON a.numero = c.apprenant_numero
  UNION ALL
  SELECT 'SFPME', 'sfpme', c.date_debut, c.date_saisie, c.formation_code, c.siege_exploitation, a.code_postal,
         c.type_convention, a.date_naissance,
         (SELECT p.annee_code FROM sfpme.palier_allocation p WHERE p.convention_reference = c.reference
             AND p.effet_au <= c.date_debut AND p.effet_au <= $1::date ORDER BY p.effet_au DESC, p.id DESC LIMIT 1)
    FROM sfpme.convention c JOIN sfpme.apprenant a ON a.dossier = c.dossier`;

// One row per enrolment and per contract: who, and the days it covers (before cutting at asOf).
const LEARNER_SPANS = `
  SELECT 'CEFA' AS provider, 'E' AS kind, matricule AS learner,
         greatest(date_inscription, (substr(annee_scolaire, 1, 4) || '-09-01')::date) AS first_day,
         coalesce(date_sortie, (substr(annee_scolaire, 6, 4) || '-08-31')::date) AS last_day, NULL::date AS recorded_on,
         date_inscription AS made_on
    FROM cefa.inscription
  UNION ALL
  SELECT 'IFAPME', 'E', apprenant_numero, greatest(date_inscription, (substr(session, 1, 4) || '-09-01')::date),
         coalesce(abandon_le, (substr(session, 6, 4) || '-08-31')::date), NULL, date_inscription FROM ifapme.inscription
  UNION ALL
  SELECT 'SFPME', 'E', dossier, greatest(date_inscription, (substr(annee_academique, 1, 4) || '-09-01')::date),
         (substr(annee_academique, 6, 4) || '-08-31')::date, NULL, date_inscription
    FROM sfpme.inscription
  UNION ALL
  SELECT 'CEFA', 'C', matricule, date_debut, coalesce(date_fin_effective, date_fin_prevue), date_encodage, date_debut
    FROM cefa.contrat
  UNION ALL
  SELECT 'IFAPME', 'C', apprenant_numero, debut, coalesce(fin_reelle, fin_prevue), encode_le, debut FROM ifapme.contrat
  UNION ALL
  SELECT 'SFPME', 'C', dossier, date_debut, coalesce(date_rupture, date_fin), date_saisie, date_debut
    FROM sfpme.convention`;

const CERTIFICATES = `
  SELECT 'CEFA' AS provider, 'cefa' AS ns, date_delivrance AS issued_on, option_code AS trade FROM cefa.certification
  UNION ALL SELECT 'IFAPME', 'ifapme', delivre_le, metier_code FROM ifapme.titre_delivre
  UNION ALL SELECT 'SFPME', 'sfpme', date_delivrance, formation_code FROM sfpme.diplome`;

/** The school year of a date column, "2021-2022". */
const schoolYear = (column: string) =>
  `CASE WHEN extract(month FROM ${column}) >= 9
        THEN extract(year FROM ${column})::int || '-' || (extract(year FROM ${column})::int + 1)
        ELSE (extract(year FROM ${column})::int - 1) || '-' || extract(year FROM ${column})::int END`;

/** A native code's common value, from the rules (a jsonb parameter read from OFFA's store). */
const common = (kind: string, column: string) =>
  `CASE WHEN ${column} IS NULL THEN 'NONE' ELSE coalesce((SELECT r.common FROM rules r
     WHERE r.namespace = x.ns AND r.kind = '${kind}' AND r.source_code = ${column}), 'UNMAPPED') END`;

const place = (field: "region" | "province") =>
  `CASE WHEN x.unit IS NULL THEN 'NONE' ELSE coalesce((SELECT u.${field} FROM units u WHERE u.number = x.unit), 'UNKNOWN') END`;

// Belgian postcode ranges (bpost), written here independently of OFFA's table.
const LEARNER_REGION = `CASE WHEN x.postcode IS NULL THEN 'NONE'
  WHEN x.postcode !~ '^[1-9][0-9]{3}$' THEN 'UNKNOWN'
  WHEN x.postcode::int BETWEEN 1000 AND 1299 THEN 'BXL'
  WHEN x.postcode::int BETWEEN 1300 AND 1499 OR x.postcode::int BETWEEN 4000 AND 7999 THEN 'WAL'
  ELSE 'VLA' END`;

const AGE_BAND = `CASE WHEN x.age IS NULL THEN 'NONE' WHEN x.age BETWEEN 15 AND 17 THEN '15-17'
  WHEN x.age BETWEEN 18 AND 20 THEN '18-20' WHEN x.age BETWEEN 21 AND 25 THEN '21-25' ELSE 'OTHER' END`;

const CONTRACT_COLUMNS: Record<OracleDimension, string> = {
  PROVIDER: "x.provider",
  LEVEL: common("LEVEL", "x.level"),
  TRADE: common("TRADE", "x.trade"),
  UNIT_REGION: place("region"),
  UNIT_PROVINCE: place("province"),
  LEARNER_REGION,
  AGE_BAND,
  CONTRACT_TYPE: common("CONTRACT_TYPE", "x.type"),
  FROM_PROVIDER: "'?'",
  END_REASON: common("END_REASON", "x.reason"),
  TO_PROVIDER: "'?'",
};

/** Counts a measure over the stores: `providerUrl` holds the three provider schemas, `offaUrl` OFFA's. */
export async function figureOracle(
  providerUrl: string,
  offaUrl: string,
  request: FigureOracleRequest,
): Promise<OracleCell[]> {
  if (request.measure === "LEARNERS_UNDER_CONTRACT" && request.by.join() === "PROVIDER,LEVEL") {
    return learnersByLevel(providerUrl, offaUrl, request);
  }
  if (request.measure === "LEARNERS_ENROLLED" || request.measure === "LEARNERS_UNDER_CONTRACT") {
    return learners(providerUrl, request);
  }
  const offa = new Client({ connectionString: offaUrl });
  await offa.connect();
  try {
    if (request.measure === "ACCREDITED_UNITS") return await accreditedUnits(offa, request);
    if (request.measure === "MOVERS") return await movers(offa, request);
    const rules = await offa.query(
      `SELECT namespace, kind, source_code,
              CASE WHEN count(*) > 1 THEN 'AMBIGUOUS' WHEN bool_and(target_code IS NULL) THEN 'UNMAPPED'
                   ELSE min(target_code) END AS common,
              coalesce(bool_or(target_code = 'TERM'), false) AS has_term
         FROM offa.mapping_rule
        WHERE rule_set_id = (SELECT max(id) FROM offa.rule_set)
          AND valid_from <= $1::date AND (valid_to IS NULL OR valid_to >= $1::date)
        GROUP BY namespace, kind, source_code`,
      [request.asOf],
    );
    const units = await offa.query(`SELECT number, region, province FROM offa.establishment_unit`);
    const providers = new Client({ connectionString: providerUrl });
    await providers.connect();
    try {
      const columns = request.by.map((dimension) => CONTRACT_COLUMNS[dimension]);
      const coordinates = columns.length === 0 ? "ARRAY[]::text[]" : `ARRAY[${columns.join(", ")}]`;
      const source =
        request.measure === "CONTRACTS_STARTED"
          ? `SELECT c.*, ${schoolYear("c.start_day")} AS period,
                    (extract(year FROM age(c.start_day, c.birth)))::int AS age
               FROM (${CONTRACTS}) c
              WHERE c.start_day <= $1::date AND (c.recorded_on IS NULL OR c.recorded_on <= $1::date)`
          : request.measure.startsWith("LEVEL_PROGRESSION")
            ? `SELECT d.*, ${schoolYear("d.on_day")} AS period
                 FROM (SELECT l.*, lag(l.code) OVER w AS previous_code, lag(l.on_day) OVER w AS previous_day
                         FROM (${LEVEL_RECORDS}) l WHERE l.on_day <= $1::date
                       WINDOW w AS (PARTITION BY l.provider, l.learner ORDER BY l.on_day, l.id)) d
                 JOIN rules now ON now.namespace = d.ns AND now.kind = 'LEVEL' AND now.source_code = d.code
                 JOIN rules before ON before.namespace = d.ns AND before.kind = 'LEVEL' AND before.source_code = d.previous_code
                WHERE d.on_day - d.previous_day <= 365
                  AND before.common = '${request.measure === "LEVEL_PROGRESSION_A_TO_B" ? "A" : "B"}'
                  AND now.common = '${request.measure === "LEVEL_PROGRESSION_A_TO_B" ? "B" : "C"}'`
            : request.measure === "CERTIFICATIONS_AWARDED"
              ? `SELECT c.*, ${schoolYear("c.issued_on")} AS period, NULL::text AS level, NULL::text AS unit,
                    NULL::text AS postcode, NULL::text AS type, NULL::int AS age
               FROM (${CERTIFICATES}) c WHERE c.issued_on <= $1::date`
              : `SELECT c.*, ${schoolYear("c.end_day")} AS period
                 FROM (${ENDED}) c
                 LEFT JOIN rules r ON r.namespace = c.ns AND r.kind = 'END_REASON' AND r.source_code = c.reason
                WHERE c.end_day <= $1::date AND c.recorded_on <= $1::date
                  AND ${
                    request.measure === "CONTRACTS_ENDED_AT_TERM"
                      ? "r.common = 'TERM'"
                      : "((r.common NOT IN ('TERM', 'AMBIGUOUS', 'UNMAPPED')) OR (r.common = 'AMBIGUOUS' AND NOT r.has_term))"
                  }`;
      const result = await providers.query<{ period: string; coordinates: string[]; count: number }>(
        `WITH rules AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS r(namespace text, kind text, source_code text, common text, has_term boolean)),
              units AS (SELECT * FROM jsonb_to_recordset($3::jsonb) AS u(number text, region text, province text))
         SELECT x.period, ${coordinates} AS coordinates, count(*)::int AS count
           FROM (${source}) x
          WHERE x.period = ANY($4::text[])
          GROUP BY 1, 2`,
        [request.asOf, JSON.stringify(rules.rows), JSON.stringify(units.rows), request.periods],
      );
      return result.rows.map((row) => ({ measure: request.measure, ...row }));
    } finally {
      await providers.end();
    }
  } finally {
    await offa.end();
  }
}

async function learnersByLevel(
  providerUrl: string,
  offaUrl: string,
  request: FigureOracleRequest,
): Promise<OracleCell[]> {
  const offa = new Client({ connectionString: offaUrl });
  await offa.connect();
  const rules = await offa
    .query(
      `SELECT namespace, source_code, CASE WHEN count(*) > 1 THEN 'AMBIGUOUS'
              WHEN bool_and(target_code IS NULL) THEN 'UNMAPPED' ELSE min(target_code) END AS common
         FROM offa.mapping_rule WHERE rule_set_id = (SELECT max(id) FROM offa.rule_set) AND kind = 'LEVEL'
          AND valid_from <= $1::date AND (valid_to IS NULL OR valid_to >= $1::date)
        GROUP BY namespace, source_code`,
      [request.asOf],
    )
    .finally(() => offa.end());
  const providers = new Client({ connectionString: providerUrl });
  await providers.connect();
  try {
    const result = await providers.query<{ period: string; coordinates: string[]; count: number }>(
      `WITH rules AS (SELECT * FROM jsonb_to_recordset($3::jsonb) AS r(namespace text, source_code text, common text)),
       period AS (
         SELECT p AS name, (substr(p, 1, 4) || '-09-01')::date AS first_day,
                least((substr(p, 6, 4) || '-08-31')::date, $1::date) AS last_day
           FROM unnest($2::text[]) AS p),
       under AS (
         SELECT period.name AS period, c.*, least(c.last_day, period.last_day) AS day
           FROM (${CONTRACT_SPANS}) c
           JOIN period ON c.first_day <= period.last_day AND c.last_day >= period.first_day
          WHERE c.first_day <= $1::date AND c.recorded_on <= $1::date),
       chosen AS (
         SELECT DISTINCT ON (period, provider, learner) *
           FROM under ORDER BY period, provider, learner, day DESC, first_day DESC, id DESC)
       SELECT chosen.period, ARRAY[chosen.provider, CASE WHEN level.code IS NULL THEN 'NONE'
                ELSE coalesce((SELECT r.common FROM rules r WHERE r.namespace = chosen.ns AND r.source_code = level.code), 'UNMAPPED') END]
                AS coordinates,
              count(*)::int AS count
         FROM chosen
         LEFT JOIN LATERAL (
           SELECT l.code FROM (${CONTRACT_LEVELS}) l
            WHERE l.provider = chosen.provider AND l.contract = chosen.id AND l.on_day <= chosen.day
            ORDER BY l.on_day DESC, l.id DESC LIMIT 1) level ON true
        GROUP BY 1, 2`,
      [request.asOf, request.periods, JSON.stringify(rules.rows)],
    );
    return result.rows.map((row) => ({ measure: request.measure, ...row }));
  } finally {
    await providers.end();
  }
}

async function learners(providerUrl: string, request: FigureOracleRequest): Promise<OracleCell[]> {
  if (request.by.some((dimension) => dimension !== "PROVIDER")) {
    throw new Error("the oracle counts learners by PROVIDER only");
  }
  const providers = new Client({ connectionString: providerUrl });
  await providers.connect();
  try {
    const kind = request.measure === "LEARNERS_ENROLLED" ? "E" : "C";
    const result = await providers.query<{ period: string; coordinates: string[]; count: number }>(
      `WITH period AS (
         SELECT p AS name, (substr(p, 1, 4) || '-09-01')::date AS first_day,
                least((substr(p, 6, 4) || '-08-31')::date, $1::date) AS last_day
           FROM unnest($2::text[]) AS p)
       SELECT period.name AS period, ${request.by.length === 0 ? "ARRAY[]::text[]" : "ARRAY[s.provider]"} AS coordinates,
              count(DISTINCT s.provider || ':' || s.learner)::int AS count
         FROM (${LEARNER_SPANS}) s
         JOIN period ON s.first_day <= period.last_day AND s.last_day >= period.first_day
        WHERE s.kind = $3 AND s.first_day <= $1::date AND s.made_on <= $1::date AND (s.recorded_on IS NULL OR s.recorded_on <= $1::date)
        GROUP BY 1, 2`,
      [request.asOf, request.periods, kind],
    );
    return result.rows.map((row) => ({ measure: request.measure, ...row }));
  } finally {
    await providers.end();
  }
}

async function movers(offa: Client, request: FigureOracleRequest): Promise<OracleCell[]> {
  const columns: Record<string, string> = { FROM_PROVIDER: "from_provider", TO_PROVIDER: "to_provider" };
  const by = request.by.map((dimension) => columns[dimension] ?? "'?'");
  const result = await offa.query<{ period: string; coordinates: string[]; count: number }>(
    `SELECT CASE WHEN extract(month FROM moved_on) >= 9
                 THEN extract(year FROM moved_on)::int || '-' || (extract(year FROM moved_on)::int + 1)
                 ELSE (extract(year FROM moved_on)::int - 1) || '-' || extract(year FROM moved_on)::int END AS period,
            ${by.length === 0 ? "ARRAY[]::text[]" : `ARRAY[${by.join(", ")}]`} AS coordinates,
            count(DISTINCT learner_id)::int AS count
       FROM offa.mobility_move WHERE moved_on <= $1::date
      GROUP BY 1, 2`,
    [request.asOf],
  );
  return result.rows
    .filter((row) => request.periods.includes(row.period))
    .map((row) => ({ measure: "MOVERS", ...row }));
}

async function accreditedUnits(offa: Client, request: FigureOracleRequest): Promise<OracleCell[]> {
  const columns: Record<string, string> = {
    TRADE: "a.trade_code",
    UNIT_REGION: "coalesce(u.region, 'UNKNOWN')",
    UNIT_PROVINCE: "coalesce(u.province, 'UNKNOWN')",
  };
  const by = request.by.map((dimension) => columns[dimension] ?? "'?'");
  const days = request.periods.map((period) => {
    const last = `${period.slice(5)}-08-31`;
    return last < request.asOf ? last : request.asOf;
  });
  const result = await offa.query<{ period: string; coordinates: string[]; count: number }>(
    `SELECT d.period, ${by.length === 0 ? "ARRAY[]::text[]" : `ARRAY[${by.join(", ")}]`} AS coordinates,
            count(DISTINCT a.establishment_unit_number)::int AS count
       FROM unnest($1::text[], $2::date[]) AS d(period, on_day)
       JOIN offa.accreditation a ON (
         SELECT e.kind FROM offa.accreditation_event e
          WHERE e.accreditation_id = a.id AND e.occurred_on <= d.on_day
            AND NOT (e.kind = 'WITHDRAWN' AND e.occurred_on = d.on_day)
          ORDER BY e.occurred_on DESC, e.id DESC LIMIT 1) IN ('GRANTED', 'REINSTATED')
       LEFT JOIN offa.establishment_unit u ON u.number = a.establishment_unit_number
      GROUP BY 1, 2`,
    [request.periods, days],
  );
  return result.rows.map((row) => ({ measure: "ACCREDITED_UNITS", ...row }));
}
