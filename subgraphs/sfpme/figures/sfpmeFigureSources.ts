import type { ProviderFigureSources } from "../../kit";

/**
 * The postcode of efp's own site (Uccle, rue de Stalle: domain.md §1). efp records where courses run as a code
 * (`lieu_cours`): its own site, or the id of an IFAPME site for a trade efp does not teach, whose postcode efp's
 * store does not hold (null: a modelling choice, never a guessed place; OFFA may resolve it from IFAPME).
 */
const EFP_SITES = `CASE i.lieu_cours WHEN 'EFP-UCCLE' THEN '1180' END`;

/**
 * efp's (SFPME's) records as the figure statements count them (subgraphs/kit/figures), in efp's tables and codes:
 * - enrolment: an `inscription` of an academic year, from its `date_inscription` (not before 1 September) to
 *   31 August (efp records no exit date); trade = formation, track = `programme`, site = where courses run;
 * - contract: `convention`, known from `date_saisie`, in force from `date_debut` to `date_rupture` (an early
 *   end), else to `date_fin` (its planned end); ended on `date_rupture`, else on `date_fin` once the convention
 *   is TERMINEE (efp keeps the planned end for a convention that ran to term); unit = `siege_exploitation`, type = `type_convention`, end reason =
 *   `motif_fin`;
 * - level: the allowance steps (`palier_allocation`, the training year in force from `effet_au`);
 *   certificates: `diplome`.
 */
export const sfpmeFigureSources: ProviderFigureSources = {
  learners: `SELECT dossier AS learner_id, date_naissance AS birth_date, code_postal AS postcode FROM sfpme.apprenant`,
  enrolments: `
    SELECT i.id AS enrolment_id, i.dossier AS learner_id, i.date_inscription AS recorded_on,
           GREATEST(i.date_inscription, make_date(substr(i.annee_academique, 1, 4)::int, 9, 1)) AS first_day,
           make_date(substr(i.annee_academique, 6, 4)::int, 8, 31) AS last_day,
           i.formation_code AS trade_code, i.programme AS track_code, i.lieu_cours AS site_id,
           ${EFP_SITES} AS site_postcode
      FROM sfpme.inscription i`,
  contracts: `
    SELECT reference AS contract_id, dossier AS learner_id, date_saisie AS recorded_on, date_debut AS start_day,
           COALESCE(date_rupture, date_fin) AS end_day,
           COALESCE(date_rupture, CASE WHEN statut = 'TERMINEE' THEN date_fin END) AS ended_on,
           formation_code AS trade_code, siege_exploitation AS unit_number,
           type_convention AS contract_type_code, motif_fin AS end_reason_code
      FROM sfpme.convention`,
  levelDecisions: `
    SELECT id AS decision_id, convention_reference AS contract_id, annee_code AS level_code,
           effet_au AS decided_on
      FROM sfpme.palier_allocation`,
  certificates: `
    SELECT id AS certificate_id, dossier AS learner_id, code AS certification_code,
           formation_code AS trade_code, date_delivrance AS issued_on
      FROM sfpme.diplome`,
};
