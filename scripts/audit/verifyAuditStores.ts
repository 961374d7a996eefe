import { verifyAuditChain } from "../../subgraphs/kit";
import { type AuditStore, hasAuditLog } from "./openAuditStores";

/** The verdict on every store's chain, as lines to print, and whether every chain holds. */
export interface AuditVerification {
  ok: boolean;
  lines: string[];
}

/**
 * Verifies each store's audit chain (verifyAuditChain) and says, per store, how many records were checked and
 * the first broken link if any. A store without an audit log is reported, not counted as broken.
 */
export async function verifyAuditStores(stores: readonly AuditStore[]): Promise<AuditVerification> {
  const lines: string[] = [];
  let ok = true;
  for (const store of stores) {
    if (!(await hasAuditLog(store))) {
      lines.push(`${store.name}: no audit log (${store.auditSchema}.audit_log does not exist)`);
      continue;
    }
    const verdict = await verifyAuditChain(store.db, store.auditSchema);
    if (verdict.kind === "intact") {
      lines.push(
        `${store.name}: ${verdict.checked} records checked, chain intact (head ${verdict.headHash})`,
      );
    } else {
      ok = false;
      lines.push(
        `${store.name}: ${verdict.checked} records checked, BROKEN at record ${verdict.firstBroken.seq}: ${verdict.firstBroken.reason}`,
      );
    }
  }
  return { ok, lines };
}
