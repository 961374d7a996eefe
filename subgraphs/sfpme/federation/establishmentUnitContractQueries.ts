import type { Queryable } from "../../kit";
import type { SfpmeContract } from "../contract/SfpmeContract";
import { toContract } from "../contract/contractQueries";

/** efp (SFPME) contracts of a batch of establishment units (by the unit number efp (SFPME) recorded), oldest first: one statement. */
export async function selectContractsByUnits(
  db: Queryable,
  unitNumbers: readonly string[],
): Promise<SfpmeContract[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT * FROM sfpme.convention WHERE siege_exploitation = ANY($1::text[]) ORDER BY siege_exploitation, date_debut, reference`,
    [unitNumbers],
  );
  return rows.map(toContract);
}
