import type { Queryable } from "../../kit";
import type { CefaCertificate } from "./CefaCertificate";

const COLUMNS = `id, matricule AS "learnerId", code, option_code AS "optionCode", annee_scolaire AS "schoolYear",
  date_delivrance AS "issuedOn"`;

/** Certificates of a batch of pupils, in issue order: one statement. */
export function selectCertificatesByLearners(
  db: Queryable,
  learnerIds: readonly string[],
): Promise<CefaCertificate[]> {
  return db.query<CefaCertificate>(
    `SELECT ${COLUMNS} FROM cefa.certification WHERE matricule = ANY($1::text[]) ORDER BY matricule, date_delivrance, id`,
    [learnerIds],
  );
}

/** Certificates by id (entity references): one statement. */
export function selectCertificatesByIds(db: Queryable, ids: readonly string[]): Promise<CefaCertificate[]> {
  return db.query<CefaCertificate>(`SELECT ${COLUMNS} FROM cefa.certification WHERE id = ANY($1::text[])`, [
    ids,
  ]);
}
