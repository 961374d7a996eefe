import type { Queryable } from "../../kit";
import type { CefaRetribution } from "./CefaRetribution";
import type { CefaStatusPeriod } from "./CefaStatusPeriod";

/** The pay rows of a batch of contracts, oldest first: one statement. */
export async function selectPayByContracts(
  db: Queryable,
  contractIds: readonly string[],
): Promise<CefaRetribution[]> {
  const rows = await db.query<{ id: string; contractId: string; amount: string; from: string }>(
    `SELECT id, contrat_id AS "contractId", montant_mensuel AS amount, applicable_du AS "from"
       FROM cefa.retribution WHERE contrat_id = ANY($1::text[]) ORDER BY contrat_id, applicable_du, id`,
    [contractIds],
  );
  // numeric(8,2) arrives as a string: whole cents, never a float amount.
  return rows.map((row) => ({
    id: row.id,
    contractId: row.contractId,
    monthlyPayCents: Math.round(Number(row.amount) * 100),
    applicableFrom: row.from,
  }));
}

/** The status rows of a batch of contracts, oldest first: one statement. */
export function selectStatusesByContracts(
  db: Queryable,
  contractIds: readonly string[],
): Promise<CefaStatusPeriod[]> {
  return db.query<CefaStatusPeriod>(
    `SELECT id, contrat_id AS "contractId", statut AS "statusCode", du AS "from", au AS "to"
       FROM cefa.statut_periode WHERE contrat_id = ANY($1::text[]) ORDER BY contrat_id, du, id`,
    [contractIds],
  );
}
