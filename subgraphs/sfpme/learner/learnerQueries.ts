import type { Queryable } from "../../kit";
import type { SfpmeEnrolment } from "./SfpmeEnrolment";
import type { SfpmeLearner } from "./SfpmeLearner";

// numero_national is deliberately absent: the national number never leaves the SFPME store.
export const LEARNER_COLUMNS = `dossier AS id, nom AS "lastName", prenom AS "firstName", date_naissance AS "birthDate",
  commune, code_postal AS postcode, representant_legal IS NOT NULL AS "hasLegalRepresentative"`;

/** Learners by efp file number: one statement for a whole batch. */
export function selectLearnersByIds(db: Queryable, ids: readonly string[]): Promise<SfpmeLearner[]> {
  return db.query<SfpmeLearner>(
    `SELECT ${LEARNER_COLUMNS} FROM sfpme.apprenant WHERE dossier = ANY($1::text[])`,
    [ids],
  );
}

/** A page of learners in file-number order (keyset pagination). */
export function selectLearnerPage(
  db: Queryable,
  first: number,
  after: string | null,
): Promise<SfpmeLearner[]> {
  return db.query<SfpmeLearner>(
    `SELECT ${LEARNER_COLUMNS} FROM sfpme.apprenant WHERE $1::text IS NULL OR dossier > $1 ORDER BY dossier LIMIT $2`,
    [after, first],
  );
}

/** An enrolment with the learner it belongs to (the loader's grouping key). */
export type SfpmeEnrolmentRow = SfpmeEnrolment & { learnerId: string };

/** Enrolments of a batch of learners, with their training, in academic-year order: one statement. */
export async function selectEnrolmentsByLearners(
  db: Queryable,
  learnerIds: readonly string[],
): Promise<SfpmeEnrolmentRow[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT i.id, i.dossier, i.annee_academique, i.programme, i.annee_formation, i.lieu_cours, i.resultat_examen,
            i.date_inscription, i.formation_code, f.intitule, f.famille_metiers, f.enseignee_efp
       FROM sfpme.inscription i
       LEFT JOIN sfpme.formation f ON f.code = i.formation_code
      WHERE i.dossier = ANY($1::text[])
      ORDER BY i.dossier, i.annee_academique, i.date_inscription, i.id`,
    [learnerIds],
  );
  return rows.map((row) => ({
    id: String(row.id),
    learnerId: String(row.dossier),
    academicYear: String(row.annee_academique),
    programme: String(row.programme),
    trainingYear: Number(row.annee_formation),
    // lieu_cours stays a plain code: an IFAPME site belongs to the IFAPME subgraph, never read from here.
    courseLocation: String(row.lieu_cours),
    examResult: (row.resultat_examen as string | null) ?? null,
    enrolledOn: String(row.date_inscription),
    // formation_code has no foreign key: a code missing from the catalogue still shows, with its code as title.
    training: {
      code: String(row.formation_code),
      title: String(row.intitule ?? row.formation_code),
      family: (row.famille_metiers as string | null) ?? null,
      taughtByEfp: (row.enseignee_efp as boolean | null) ?? null,
    },
  }));
}

/**
 * The national numbers (NISS or BIS) efp (SFPME) holds in `sfpme.apprenant.numero_national`, as 11 digits, by learner: one statement
 * for a batch. Read only when a caller may see `nationalNumber` (policy `identify_learner`), never with the learner.
 * A learner whose number was never recorded (the column allows NULL, migration 000006) has no row: the field is
 * null and the audit names the learner by id alone.
 */
export function selectNationalNumbersByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<{ learnerId: string; nationalNumber: string }[]> {
  return db.query(
    `SELECT dossier AS "learnerId", regexp_replace(numero_national, '[^0-9]', '', 'g') AS "nationalNumber"
       FROM sfpme.apprenant WHERE dossier = ANY($1::text[]) AND numero_national IS NOT NULL`,
    [ids],
  );
}
