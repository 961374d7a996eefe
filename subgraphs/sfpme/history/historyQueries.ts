import type { Queryable } from "../../kit";
import type { SfpmeAllowance } from "./SfpmeAllowance";
import type { SfpmeStatusPeriod } from "./SfpmeStatusPeriod";

/** The pay rows of a batch of contracts, oldest first: one statement. */
export async function selectPayByContracts(
  db: Queryable,
  contractIds: readonly string[],
): Promise<SfpmeAllowance[]> {
  const rows = await db.query<{ id: string; contractId: string; amount: string; from: string }>(
    `SELECT id, convention_reference AS "contractId", montant_mensuel AS amount, effet_au AS "from"
       FROM sfpme.allocation WHERE convention_reference = ANY($1::text[]) ORDER BY convention_reference, effet_au, id`,
    [contractIds],
  );
  // numeric(8,2) arrives as a string: whole cents, never a float amount.
  return rows.map((row) => ({
    id: row.id,
    contractId: row.contractId,
    monthlyAmountCents: Math.round(Number(row.amount) * 100),
    effectiveFrom: row.from,
  }));
}

/** The status rows of a batch of contracts, oldest first: one statement. */
export function selectStatusesByContracts(
  db: Queryable,
  contractIds: readonly string[],
): Promise<SfpmeStatusPeriod[]> {
  return db.query<SfpmeStatusPeriod>(
    `SELECT id, convention_reference AS "contractId", statut AS "statusCode", du AS "from", au AS "to"
       FROM sfpme.statut_historique WHERE convention_reference = ANY($1::text[]) ORDER BY convention_reference, du, id`,
    [contractIds],
  );
}
