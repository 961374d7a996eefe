/**
 * npm run audit:verify: re-computes every subgraph's audit chain, reading each store through the settings the
 * subgraphs use, and prints per store the records checked and the first broken link if any. Exit 1 when a
 * chain is broken.
 */
import "reflect-metadata";
import { closeAuditStores, openAuditStores } from "./audit/openAuditStores";
import { verifyAuditStores } from "./audit/verifyAuditStores";
import { runScript } from "./runScript";

async function main(): Promise<number> {
  const stores = await openAuditStores();
  try {
    const verification = await verifyAuditStores(stores);
    for (const line of verification.lines) console.log(line);
    return verification.ok ? 0 : 1;
  } finally {
    await closeAuditStores(stores);
  }
}

runScript("audit:verify", main, 2);
