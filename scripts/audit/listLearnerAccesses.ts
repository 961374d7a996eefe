import { derivePseudonym, findAuditRecords, type AuditRecord, type PseudonymKey } from "../../subgraphs/kit";
import { isValidNiss } from "../../subgraphs/kit/identifiers";
import { type AuditStore, hasAuditLog } from "./openAuditStores";

/** One access to the learner, with the store whose log recorded it. */
export interface LearnerAccess {
  store: string;
  record: AuditRecord;
}

/** Who was searched for and every access found, oldest first within each store. */
export interface LearnerAccesses {
  searchedBy: "pseudonym" | "id";
  accesses: LearnerAccess[];
}

/**
 * Every recorded access to one person across the stores (GDPR art. 15). A valid national number is turned into
 * its audit-domain pseudonyms (under each configured audit key: current, and the previous one during a
 * rotation) and never searched for in clear; anything else is taken as an id a subgraph knows the learner by
 * (a provider's native id, or an OFFA id).
 */
export async function listLearnerAccesses(
  stores: readonly AuditStore[],
  who: string,
  auditKeys: readonly PseudonymKey[],
): Promise<LearnerAccesses> {
  const byPseudonym = isValidNiss(who);
  const key = byPseudonym
    ? { pseudonyms: auditKeys.map((auditKey) => derivePseudonym("audit", who, auditKey)) }
    : { id: who.trim() };
  const accesses: LearnerAccess[] = [];
  for (const store of stores) {
    if (!(await hasAuditLog(store))) continue;
    for (const record of await findAuditRecords(store.db, store.auditSchema, key))
      accesses.push({ store: store.name, record });
  }
  return { searchedBy: byPseudonym ? "pseudonym" : "id", accesses };
}

/** One line per access: when, where, who, as what, for which purpose, which fields, which request. */
export function formatLearnerAccess({ store, record }: LearnerAccess): string {
  return [
    record.at,
    `${store}#${record.seq}`,
    `subject=${record.subject}`,
    `role=${record.role}`,
    `provider=${record.provider ?? "-"}`,
    `purpose=${record.purpose ?? "-"}`,
    `request=${record.requestId}`,
    `fields=${record.fields.join(",")}`,
  ].join("  ");
}
