import type { Queryable } from "../../kit";
import type { IfapmeRemuneration } from "./IfapmeRemuneration";
import type { IfapmeStatePeriod } from "./IfapmeStatePeriod";

/** The pay rows of a batch of contracts, oldest first: one statement. */
export async function selectPayByContracts(
  db: Queryable,
  contractIds: readonly string[],
): Promise<IfapmeRemuneration[]> {
  const rows = await db.query<{ id: string; contractId: string; amount: string; from: string }>(
    `SELECT id, contrat_numero AS "contractId", montant AS amount, depuis AS "from"
       FROM ifapme.remuneration WHERE contrat_numero = ANY($1::text[]) ORDER BY contrat_numero, depuis, id`,
    [contractIds],
  );
  // numeric(8,2) arrives as a string: whole cents, never a float amount.
  return rows.map((row) => ({
    id: row.id,
    contractId: row.contractId,
    amountCents: Math.round(Number(row.amount) * 100),
    since: row.from,
  }));
}

/** The status rows of a batch of contracts, oldest first: one statement. */
export function selectStatusesByContracts(
  db: Queryable,
  contractIds: readonly string[],
): Promise<IfapmeStatePeriod[]> {
  return db.query<IfapmeStatePeriod>(
    `SELECT id, contrat_numero AS "contractId", etat_code AS "stateCode", debut AS "start", fin AS "end"
       FROM ifapme.etat_periode WHERE contrat_numero = ANY($1::text[]) ORDER BY contrat_numero, debut, id`,
    [contractIds],
  );
}
