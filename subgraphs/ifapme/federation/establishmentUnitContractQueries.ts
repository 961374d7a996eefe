import type { Queryable } from "../../kit";
import type { IfapmeContract } from "../contract/IfapmeContract";
import { toContract } from "../contract/contractQueries";

/** IFAPME contracts of a batch of establishment units (by the unit number IFAPME recorded), oldest first: one statement. */
export async function selectContractsByUnits(
  db: Queryable,
  unitNumbers: readonly string[],
): Promise<IfapmeContract[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT * FROM ifapme.contrat WHERE employeur_ue = ANY($1::text[]) ORDER BY employeur_ue, debut, numero`,
    [unitNumbers],
  );
  return rows.map(toContract);
}
