/**
 * npm run pseudonyms:retire: the end of a pseudonym key rotation. Deletes from the OFFA store every learner
 * pseudonym whose key is no longer configured for its domain (OFFA_PSEUDONYM_<DOMAIN>_KEY and, while set,
 * _PREVIOUS_KEY), and prints how many per domain. Run it once the previous key is unset: its pseudonyms, which
 * lookups already ignore, are then gone. Works on the embedded default too (OFFA_DATA_DIR).
 */
import "reflect-metadata";
import { offaSubgraph } from "../subgraphs";
import {
  openSubgraphStore,
  PSEUDONYM_DOMAINS,
  readPseudonymKeys,
  readStoreSettings,
  SettingsReader,
} from "../subgraphs/kit";
import { deleteRetiredPseudonyms } from "../subgraphs/offa/identity/pseudonymQueries";
import { runScript } from "./runScript";

async function main(): Promise<void> {
  const reader = new SettingsReader(process.env);
  const store = readStoreSettings(reader, "offa");
  const keys = readPseudonymKeys(reader, process.env);
  reader.done();
  const db = await openSubgraphStore(offaSubgraph, store);
  try {
    const deleted = await deleteRetiredPseudonyms(db, keys);
    for (const domain of PSEUDONYM_DOMAINS) {
      console.log(
        `  ${domain.padEnd(10)} kept key ${keys[domain].current.id}${keys[domain].previous ? ` and ${keys[domain].previous?.id}` : ""}; deleted ${deleted[domain]} pseudonyms of retired keys`,
      );
    }
  } finally {
    await db.close();
  }
}

runScript("pseudonyms:retire", main);
