import type { ProviderFigureSources } from "../../kit";

/** First and last day of an IFAPME session named `2023-2024` (1 September to 31 August). */
const sessionStart = (column: string) => `make_date(substr(${column}, 1, 4)::int, 9, 1)`;
const sessionEnd = (column: string) => `make_date(substr(${column}, 6, 4)::int, 8, 31)`;

/**
 * IFAPME's records as the figure statements count them (subgraphs/kit/figures), in IFAPME's tables and codes:
 * - enrolment: an `inscription` of a session, from its `date_inscription` (not before 1 September) to its
 *   `abandon_le` (else 31 August); trade = métier, track = `filiere` (APPRENTISSAGE, CHEF_ENTREPRISE), site = the
 *   IFAPME site's postcode. Enrolments of Brussels learners following IFAPME courses (`operateur_contrat` SFPME)
 *   count here too: they are IFAPME's records; OFFA links the person across providers;
 * - contract: `contrat`, known from `encode_le`, in force from `debut` to `fin_reelle`, else to `fin_prevue`;
 *   ended on `fin_reelle`; unit = `employeur_ue`,
 *   type = `type_code`, end reason = `raison_fin_code`;
 * - level: `evaluation_niveau`; certificates: `titre_delivre`.
 */
export const ifapmeFigureSources: ProviderFigureSources = {
  learners: `SELECT numero AS learner_id, naissance AS birth_date, code_postal AS postcode FROM ifapme.apprenant`,
  enrolments: `
    SELECT i.id AS enrolment_id, i.apprenant_numero AS learner_id, i.date_inscription AS recorded_on,
           GREATEST(i.date_inscription, ${sessionStart("i.session")}) AS first_day,
           LEAST(COALESCE(i.abandon_le, 'infinity'::date), ${sessionEnd("i.session")}) AS last_day,
           i.metier_code AS trade_code, i.filiere AS track_code, i.site_id, s.code_postal AS site_postcode
      FROM ifapme.inscription i JOIN ifapme.site s ON s.id = i.site_id`,
  contracts: `
    SELECT numero AS contract_id, apprenant_numero AS learner_id, encode_le AS recorded_on, debut AS start_day,
           COALESCE(fin_reelle, fin_prevue) AS end_day, fin_reelle AS ended_on, metier_code AS trade_code,
           employeur_ue AS unit_number, type_code AS contract_type_code, raison_fin_code AS end_reason_code
      FROM ifapme.contrat`,
  levelDecisions: `
    SELECT id AS decision_id, contrat_numero AS contract_id, niveau_code AS level_code, evalue_le AS decided_on
      FROM ifapme.evaluation_niveau`,
  certificates: `
    SELECT id AS certificate_id, apprenant_numero AS learner_id, titre_code AS certification_code,
           metier_code AS trade_code, delivre_le AS issued_on
      FROM ifapme.titre_delivre`,
};
