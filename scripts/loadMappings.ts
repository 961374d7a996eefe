/**
 * npm run mappings:load: loads schema/mappings into the OFFA store on real PostgreSQL (OFFA_DATABASE_URL or
 * DATABASE_URL), checked against the provider vocabularies a running gateway publishes (GATEWAY_URL).
 * A malformed file is refused whole with file, line and reason; the rules in force stay unchanged.
 * With the embedded default, `npm start` loads the rules itself at each start.
 */
import "reflect-metadata";
import { offaSubgraph } from "../subgraphs";
import { KitError, openSubgraphStore, readStoreSettings, SettingsReader } from "../subgraphs/kit";
import { RuleFileError } from "../subgraphs/offa/harmonisation";
import { loadMappingRules } from "./mappings/loadMappingRules";

async function main(): Promise<void> {
  const reader = new SettingsReader(process.env);
  const store = readStoreSettings(reader, "offa");
  const gatewayUrl = reader.httpUrl("GATEWAY_URL", "http://127.0.0.1:4000/");
  if (store.database.kind === "embedded") {
    reader.reject(
      "mappings:load needs OFFA_DATABASE_URL or DATABASE_URL; on the embedded default npm start loads the rules",
    );
  }
  reader.done();
  const db = await openSubgraphStore(offaSubgraph, store);
  try {
    const result = await loadMappingRules(db, gatewayUrl);
    console.log(
      result.loaded
        ? `loaded rule set ${result.ruleSetId}: ${result.counts.rules} rules, ${result.counts.rmmmg} RMMMG rows, ${result.counts.levelPayShares} pay shares`
        : `rule set ${result.ruleSetId} already holds these files: nothing to load`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: Error) => {
  if (error instanceof RuleFileError) {
    console.error(error.message);
    process.exit(1);
  }
  const prefix = error instanceof KitError ? `[${error.code}] ` : "";
  console.error(`mappings:load failed: ${prefix}${error.message}`);
  process.exit(1);
});
