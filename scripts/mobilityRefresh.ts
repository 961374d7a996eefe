/**
 * npm run mobility:refresh: derives OFFA's read models through a running gateway (GATEWAY_URL) into the OFFA store
 * on real PostgreSQL (OFFA_DATABASE_URL or DATABASE_URL): the moves between providers (Query.movers, from every
 * cross-provider learner's journey) and the compliance findings (Query.figures COMPLIANCE_FINDINGS, from every
 * learner's contracts), one nightly job for both; and the figure model's snapshot of that day (the providers' native
 * figure groups, read from each provider subgraph as the gateway reads them: `<NAME>_URL`, OFFA_GATEWAY_SIGNING_KEY).
 * Each model is replaced whole or kept: a failure of one does not stop the others, and the run fails if any did. `npm start` does it itself after seeding. MOBILITY_AS_OF
 * (default today) is the date the journeys and contracts are read for.
 */
import "reflect-metadata";
import { offaSubgraph } from "../subgraphs";
import { openSubgraphStore, readStoreSettings, SettingsReader, today } from "../subgraphs/kit";
import { refreshComplianceFindings } from "./mobility/refreshComplianceFindings";
import { readProviderAccess } from "./mobility/readProviderAccess";
import { refreshFigureModel } from "./mobility/refreshFigureModel";
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
  const failures: { model: string; message: string }[] = [];
  try {
    try {
      const result = await refreshMobilityMoves(db, gatewayUrl, asOf);
      console.log(
        `derived ${result.moves} moves of ${result.learners} cross-provider learners as of ${asOf}`,
      );
    } catch (error) {
      failures.push({ model: "moves", message: (error as Error).message });
    }
    try {
      const result = await refreshComplianceFindings(db, gatewayUrl, asOf);
      console.log(
        `derived ${result.findings} compliance findings of ${result.contracts} contracts of ${result.learners} learners as of ${asOf}`,
      );
    } catch (error) {
      failures.push({ model: "compliance findings", message: (error as Error).message });
    }
    try {
      const result = await refreshFigureModel(db, readProviderAccess(), asOf);
      console.log(
        `derived the figure model's snapshot of ${asOf}: ${result.groups} groups (${result.providerGroups} from the providers, ${result.schoolYears} school years) in ${result.seconds.toFixed(1)} s`,
      );
    } catch (error) {
      failures.push({ model: "figure model", message: (error as Error).message });
    }
  } finally {
    await db.close();
  }
  if (failures.length > 0) throw new Error(failureMessage(failures));
});

/** One line for the operator: each cause once, with the models it stopped (the gateway unreachable stops two). */
function failureMessage(failures: readonly { model: string; message: string }[]): string {
  const byCause = new Map<string, string[]>();
  for (const failure of failures)
    byCause.set(failure.message, [...(byCause.get(failure.message) ?? []), failure.model]);
  return [...byCause]
    .map(([cause, models]) => `${cause} (${models.join(" and ")} NOT derived, the previous model stays)`)
    .join("; ");
}
