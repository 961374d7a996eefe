/**
 * npm run audit:learner -- <national number | learner id>: every recorded access to one person across the
 * stores, for a GDPR art. 15 access request. A national number is searched by its audit-domain pseudonym
 * (OFFA_PSEUDONYM_AUDIT_KEY, and OFFA_PSEUDONYM_AUDIT_PREVIOUS_KEY during a rotation); an id (FWB matricule,
 * IFAPME or efp id, OFFA id) as itself.
 */
import "reflect-metadata";
import { pseudonymKey, readAuditPseudonymKey } from "../subgraphs/kit";
import { previousPseudonymKeySetting } from "../subgraphs/kit/pseudonyms";
import { closeAuditStores, openAuditStores } from "./audit/openAuditStores";
import { formatLearnerAccess, listLearnerAccesses } from "./audit/listLearnerAccesses";
import { runScript } from "./runScript";

async function main(): Promise<number> {
  const who = process.argv[2];
  if (!who) {
    console.error("usage: npm run audit:learner -- <national number | learner id>");
    return 2;
  }
  const previous = process.env[previousPseudonymKeySetting("audit")];
  const keys = [readAuditPseudonymKey(), ...(previous ? [pseudonymKey(previous)] : [])];
  const stores = await openAuditStores();
  try {
    const { searchedBy, accesses } = await listLearnerAccesses(stores, who, keys);
    console.log(
      `${accesses.length} recorded accesses (searched by ${searchedBy === "pseudonym" ? "audit pseudonym" : "id"})`,
    );
    for (const access of accesses) console.log(formatLearnerAccess(access));
    return 0;
  } finally {
    await closeAuditStores(stores);
  }
}

runScript("audit:learner", main, 2);
