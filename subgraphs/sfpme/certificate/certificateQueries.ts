import type { Queryable } from "../../kit";
import type { SfpmeCertificate } from "./SfpmeCertificate";

const COLUMNS = `id, dossier AS "learnerId", code, formation_code AS "trainingCode", date_delivrance AS "issuedOn"`;

/** Diplomas of a batch of learners, in issue order: one statement. */
export function selectCertificatesByLearners(
  db: Queryable,
  learnerIds: readonly string[],
): Promise<SfpmeCertificate[]> {
  return db.query<SfpmeCertificate>(
    `SELECT ${COLUMNS} FROM sfpme.diplome WHERE dossier = ANY($1::text[]) ORDER BY dossier, date_delivrance, id`,
    [learnerIds],
  );
}

/** Diplomas by id (entity references): one statement. */
export function selectCertificatesByIds(db: Queryable, ids: readonly string[]): Promise<SfpmeCertificate[]> {
  return db.query<SfpmeCertificate>(`SELECT ${COLUMNS} FROM sfpme.diplome WHERE id = ANY($1::text[])`, [ids]);
}
