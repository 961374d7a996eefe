import type { Queryable } from "../../kit";
import type { ComplianceRefresh } from "./ComplianceFindingRow";

/** The last refresh of the compliance read model, or null when it never ran. */
export async function selectLastComplianceRefresh(db: Queryable): Promise<ComplianceRefresh | null> {
  const [row] = await db.query<ComplianceRefresh>(
    `SELECT as_of::text AS "asOf", finished_at::text AS "finishedAt", learners, contracts, findings
       FROM offa.compliance_refresh ORDER BY id DESC LIMIT 1`,
  );
  return row ?? null;
}
