import type { Queryable } from "../../kit";
import type { CefaLearner } from "./CefaLearner";
import type { CefaEnrolment } from "./CefaEnrolment";

export const LEARNER_COLUMNS = `matricule AS id, nom AS "lastName", prenom AS "firstName", date_naissance AS "birthDate",
  commune, code_postal AS postcode, representant_legal IS NOT NULL AS "hasLegalRepresentative"`;

/** Pupils by matricule: one statement for a whole batch. */
export function selectLearnersByIds(db: Queryable, ids: readonly string[]): Promise<CefaLearner[]> {
  return db.query<CefaLearner>(
    `SELECT ${LEARNER_COLUMNS} FROM cefa.eleve WHERE matricule = ANY($1::text[])`,
    [ids],
  );
}

/** A page of pupils in matricule order (keyset pagination). */
export function selectLearnerPage(
  db: Queryable,
  first: number,
  after: string | null,
): Promise<CefaLearner[]> {
  return db.query<CefaLearner>(
    `SELECT ${LEARNER_COLUMNS} FROM cefa.eleve WHERE $1::text IS NULL OR matricule > $1 ORDER BY matricule LIMIT $2`,
    [after, first],
  );
}

/**
 * The national numbers (NISS or BIS) CEFA holds in `cefa.eleve.niss`, as 11 digits, by learner: one statement for a
 * batch. Read only when a caller may see `nationalNumber` (policy `identify_learner`), never with the learner.
 * A learner whose number was never recorded (the column allows NULL, migration 000006) has no row: the field is
 * null and the audit names the learner by id alone.
 */
export function selectNationalNumbersByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<{ learnerId: string; nationalNumber: string }[]> {
  return db.query(
    `SELECT matricule AS "learnerId", regexp_replace(niss, '[^0-9]', '', 'g') AS "nationalNumber"
       FROM cefa.eleve WHERE matricule = ANY($1::text[]) AND niss IS NOT NULL`,
    [ids],
  );
}

type EnrolmentRow = CefaEnrolment & { learnerId: string };

/** Enrolments of a batch of pupils, with centre and option, in school-year order. */
export async function selectEnrolmentsByLearners(
  db: Queryable,
  learnerIds: readonly string[],
): Promise<EnrolmentRow[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT i.id, i.matricule, i.annee_scolaire, i.article, i.degre, i.annee_etude, i.date_inscription, i.date_sortie,
            c.code AS centre_code, c.nom AS centre_nom, c.ecole_siege, c.commune, c.code_postal, c.region,
            i.option_code, o.intitule, o.article AS option_article
       FROM cefa.inscription i
       JOIN cefa.centre c ON c.code = i.centre_code
       LEFT JOIN cefa.option_etude o ON o.code = i.option_code
      WHERE i.matricule = ANY($1::text[])
      ORDER BY i.matricule, i.annee_scolaire, i.id`,
    [learnerIds],
  );
  return rows.map((row) => ({
    id: String(row.id),
    learnerId: String(row.matricule),
    schoolYear: String(row.annee_scolaire),
    article: String(row.article),
    degree: Number(row.degre),
    studyYear: Number(row.annee_etude),
    enrolledOn: String(row.date_inscription),
    leftOn: (row.date_sortie as string | null) ?? null,
    centre: {
      code: String(row.centre_code),
      name: String(row.centre_nom),
      school: String(row.ecole_siege),
      commune: String(row.commune),
      postcode: String(row.code_postal),
      region: String(row.region),
    },
    // An option code missing from the catalogue still shows, with its code as title: nothing is dropped.
    option: {
      code: String(row.option_code ?? ""),
      title: String(row.intitule ?? row.option_code ?? ""),
      article: String(row.option_article ?? row.article),
    },
  }));
}
