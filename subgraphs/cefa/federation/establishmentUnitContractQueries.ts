import type { Queryable } from "../../kit";
import type { CefaContract } from "../contract/CefaContract";
import { toContract } from "../contract/contractQueries";

/** CEFA contracts of a batch of establishment units (by the unit number CEFA recorded), oldest first: one statement. */
export async function selectContractsByUnits(
  db: Queryable,
  unitNumbers: readonly string[],
): Promise<CefaContract[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT * FROM cefa.contrat WHERE unite_etablissement = ANY($1::text[]) ORDER BY unite_etablissement, date_debut, id`,
    [unitNumbers],
  );
  return rows.map(toContract);
}
