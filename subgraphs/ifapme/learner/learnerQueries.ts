import type { Queryable } from "../../kit";
import type { IfapmeEnrolment } from "./IfapmeEnrolment";
import type { IfapmeLearner } from "./IfapmeLearner";

// registre_national is deliberately absent: the national number never leaves IFAPME's store.
export const LEARNER_COLUMNS = `numero AS id, nom AS "lastName", prenom AS "firstName", naissance AS "birthDate",
  localite AS commune, code_postal AS postcode, representant_legal IS NOT NULL AS "hasLegalRepresentative"`;

/** Learners by IFAPME number: one statement for a whole batch. */
export function selectLearnersByIds(db: Queryable, ids: readonly string[]): Promise<IfapmeLearner[]> {
  return db.query<IfapmeLearner>(
    `SELECT ${LEARNER_COLUMNS} FROM ifapme.apprenant WHERE numero = ANY($1::text[])`,
    [ids],
  );
}

/** A page of learners in number order (keyset pagination). */
export function selectLearnerPage(
  db: Queryable,
  first: number,
  after: string | null,
): Promise<IfapmeLearner[]> {
  return db.query<IfapmeLearner>(
    `SELECT ${LEARNER_COLUMNS} FROM ifapme.apprenant WHERE $1::text IS NULL OR numero > $1 ORDER BY numero LIMIT $2`,
    [after, first],
  );
}

/** An enrolment with the learner it belongs to (the loader's grouping key). */
export type IfapmeEnrolmentRow = IfapmeEnrolment & { learnerId: string };

/** Enrolments of a batch of learners, with site and trade, in session order: one statement. */
export async function selectEnrolmentsByLearners(
  db: Queryable,
  learnerIds: readonly string[],
): Promise<IfapmeEnrolmentRow[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT i.id, i.apprenant_numero, i.session, i.filiere, i.annee_formation, i.date_inscription, i.abandon_le,
            i.operateur_contrat, s.id AS site_id, s.nom AS site_nom, s.commune AS site_commune,
            s.code_postal AS site_code_postal, i.metier_code, m.libelle AS metier_libelle, m.secteur
       FROM ifapme.inscription i
       JOIN ifapme.site s ON s.id = i.site_id
       LEFT JOIN ifapme.metier m ON m.code = i.metier_code
      WHERE i.apprenant_numero = ANY($1::text[])
      ORDER BY i.apprenant_numero, i.session, i.date_inscription, i.id`,
    [learnerIds],
  );
  return rows.map((row) => ({
    id: String(row.id),
    learnerId: String(row.apprenant_numero),
    session: String(row.session),
    track: String(row.filiere),
    trainingYear: Number(row.annee_formation),
    enrolledOn: String(row.date_inscription),
    droppedOutOn: (row.abandon_le as string | null) ?? null,
    contractProvider: String(row.operateur_contrat),
    site: {
      id: String(row.site_id),
      name: String(row.site_nom),
      commune: String(row.site_commune),
      postcode: String(row.site_code_postal),
    },
    // metier_code has no foreign key: a code missing from the catalogue still shows, with its code as title.
    trade: {
      code: String(row.metier_code),
      title: String(row.metier_libelle ?? row.metier_code),
      sector: (row.secteur as string | null) ?? null,
    },
  }));
}

/**
 * The national numbers (NISS or BIS) IFAPME holds in `ifapme.apprenant.registre_national`, as 11 digits, by learner: one statement
 * for a batch. Read only when a caller may see `nationalNumber` (policy `identify_learner`), never with the learner.
 * A learner whose number was never recorded (the column allows NULL, migration 000006) has no row: the field is
 * null and the audit names the learner by id alone.
 */
export function selectNationalNumbersByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<{ learnerId: string; nationalNumber: string }[]> {
  return db.query(
    `SELECT numero AS "learnerId", regexp_replace(registre_national, '[^0-9]', '', 'g') AS "nationalNumber"
       FROM ifapme.apprenant WHERE numero = ANY($1::text[]) AND registre_national IS NOT NULL`,
    [ids],
  );
}
