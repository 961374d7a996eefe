import type { Database } from "../../kit";
import type { ComplianceFindingRow } from "./ComplianceFindingRow";

const COLUMNS: [keyof ComplianceFindingRow, string, string][] = [
  ["contractId", "contract_id", "text"],
  ["learnerId", "learner_id", "text"],
  ["provider", "provider", "text"],
  ["month", "month", "date"],
  ["code", "code", "text"],
  ["tradeCommon", "trade_common", "text"],
  ["tradeStatus", "trade_status", "text"],
  ["level", "level", "text"],
  ["unitNumber", "unit_number", "text"],
];

/** Rows per INSERT: nine arrays of 5 000 values stay far below any message size limit. */
const CHUNK = 5_000;

/**
 * Replaces the whole compliance read model in one transaction (readers see the old model or the new one, never a
 * mix) and records the refresh. One INSERT … SELECT FROM unnest per 5 000 findings.
 */
export async function replaceComplianceFindings(
  db: Database,
  findings: readonly ComplianceFindingRow[],
  refresh: { asOf: string; learners: number; contracts: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query("DELETE FROM offa.compliance_finding");
    for (let start = 0; start < findings.length; start += CHUNK) {
      const chunk = findings.slice(start, start + CHUNK);
      await tx.query(
        `INSERT INTO offa.compliance_finding (${COLUMNS.map(([, column]) => column).join(", ")})
         SELECT * FROM unnest(${COLUMNS.map(([, , type], index) => `$${index + 1}::${type}[]`).join(", ")})`,
        COLUMNS.map(([field]) => chunk.map((finding) => finding[field])),
      );
    }
    await tx.query(
      `INSERT INTO offa.compliance_refresh (as_of, rule_set_id, learners, contracts, findings)
       VALUES ($1, (SELECT max(id) FROM offa.rule_set), $2, $3, $4)`,
      [refresh.asOf, refresh.learners, refresh.contracts, findings.length],
    );
  });
}
