import type { Queryable } from "../../kit";
import type { IfapmeCertificate } from "./IfapmeCertificate";

const COLUMNS = `id, apprenant_numero AS "learnerId", titre_code AS code, metier_code AS "tradeCode",
  delivre_le AS "issuedOn"`;

/** Titles of a batch of learners, in issue order: one statement. */
export function selectCertificatesByLearners(
  db: Queryable,
  learnerIds: readonly string[],
): Promise<IfapmeCertificate[]> {
  return db.query<IfapmeCertificate>(
    `SELECT ${COLUMNS} FROM ifapme.titre_delivre WHERE apprenant_numero = ANY($1::text[])
      ORDER BY apprenant_numero, delivre_le, id`,
    [learnerIds],
  );
}

/** Titles by id (entity references): one statement. */
export function selectCertificatesByIds(db: Queryable, ids: readonly string[]): Promise<IfapmeCertificate[]> {
  return db.query<IfapmeCertificate>(
    `SELECT ${COLUMNS} FROM ifapme.titre_delivre WHERE id = ANY($1::text[])`,
    [ids],
  );
}
