import type { ProviderFigureSources } from "../../kit";

/** First and last day of a CEFA school year named `2023-2024` (1 September to 31 August). */
const schoolYearStart = (column: string) => `make_date(substr(${column}, 1, 4)::int, 9, 1)`;
const schoolYearEnd = (column: string) => `make_date(substr(${column}, 6, 4)::int, 8, 31)`;

/**
 * CEFA's records as the figure statements count them (subgraphs/kit/figures), in CEFA's tables and codes:
 * - enrolment: an `inscription` of a school year, from its `date_inscription` (not before 1 September) to its
 *   `date_sortie` (else 31 August); trade = study option, track = its article (45 or 49), site = the centre's
 *   postcode;
 * - contract: `contrat`, known from `date_encodage` (the day it was entered), in force from `date_debut` to
 *   `date_fin_effective`, else to `date_fin_prevue`; ended on `date_fin_effective`; trade = option, unit = `unite_etablissement`, type = `type_contrat`, end reason =
 *   `motif_fin`;
 * - level: the referent's palier decisions (`decision_palier`); certificates: `certification`.
 */
export const cefaFigureSources: ProviderFigureSources = {
  learners: `SELECT matricule AS learner_id, date_naissance AS birth_date, code_postal AS postcode FROM cefa.eleve`,
  enrolments: `
    SELECT i.id AS enrolment_id, i.matricule AS learner_id, i.date_inscription AS recorded_on,
           GREATEST(i.date_inscription, ${schoolYearStart("i.annee_scolaire")}) AS first_day,
           LEAST(COALESCE(i.date_sortie, 'infinity'::date), ${schoolYearEnd("i.annee_scolaire")}) AS last_day,
           i.option_code AS trade_code, i.article AS track_code, i.centre_code AS site_id,
           c.code_postal AS site_postcode
      FROM cefa.inscription i JOIN cefa.centre c ON c.code = i.centre_code`,
  contracts: `
    SELECT id AS contract_id, matricule AS learner_id, date_encodage AS recorded_on, date_debut AS start_day,
           COALESCE(date_fin_effective, date_fin_prevue) AS end_day, date_fin_effective AS ended_on,
           option_code AS trade_code,
           unite_etablissement AS unit_number, type_contrat AS contract_type_code, motif_fin AS end_reason_code
      FROM cefa.contrat`,
  levelDecisions: `
    SELECT id AS decision_id, contrat_id AS contract_id, palier AS level_code, date_decision AS decided_on
      FROM cefa.decision_palier`,
  certificates: `
    SELECT id AS certificate_id, matricule AS learner_id, code AS certification_code, option_code AS trade_code,
           date_delivrance AS issued_on
      FROM cefa.certification`,
};
