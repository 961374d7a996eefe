/**
 * npm run mobility:refresh: derives OFFA's model of moves between providers (Query.movers) from every
 * cross-provider learner's journey, read through a running gateway (GATEWAY_URL), into the OFFA store on real
 * PostgreSQL (OFFA_DATABASE_URL or DATABASE_URL). `npm start` does it itself after seeding. MOBILITY_AS_OF
 * (default today) is the date the journeys are read for.
 */
import "reflect-metadata";
import { offaSubgraph } from "../subgraphs";
import { openSubgraphStore, readStoreSettings, SettingsReader, today } from "../subgraphs/kit";
import { refreshMobilityMoves } from "./mobility/refreshMobilityMoves";
import { runScript } from "./runScript";

runScript("mobility:refresh", async () => {
  const reader = new SettingsReader(process.env);
  const store = readStoreSettings(reader, "offa");
  const gatewayUrl = reader.httpUrl("GATEWAY_URL", "http://127.0.0.1:4000/");
  const asOf = reader.string("MOBILITY_AS_OF", today());
  if (store.database.kind === "embedded") {
    reader.reject(
      "mobility:refresh needs OFFA_DATABASE_URL or DATABASE_URL; on the embedded default npm start refreshes",
    );
  }
  reader.done();
  const db = await openSubgraphStore(offaSubgraph, store);
  try {
    const result = await refreshMobilityMoves(db, gatewayUrl, asOf);
    console.log(`derived ${result.moves} moves of ${result.learners} cross-provider learners as of ${asOf}`);
  } finally {
    await db.close();
  }
});
