/**
 * npm run mobility:refresh: derives OFFA's read models through a running gateway (GATEWAY_URL) into the OFFA store
 * on real PostgreSQL (OFFA_DATABASE_URL or DATABASE_URL): the moves between providers (Query.movers, from every
 * cross-provider learner's journey) and the compliance findings (Query.figures COMPLIANCE_FINDINGS, from every
 * learner's contracts), one nightly job for both; and the figure model's snapshot of that day (the providers' native
 * figure groups, read from each provider subgraph as the gateway reads them: `<NAME>_URL`, OFFA_GATEWAY_SIGNING_KEY).
 * Each model is replaced whole or kept: a failure of one does not stop the others, and the run fails if any did.
 * MOBILITY_REFRESH_MODELS (moves, compliance, figures; default all) derives only those named. `npm start` does it itself after seeding. MOBILITY_AS_OF
 * (default today) is the date the journeys and contracts are read for.
 */
import "reflect-metadata";
import { offaSubgraph } from "../subgraphs";
import { openSubgraphStore, readStoreSettings, SettingsReader, today } from "../subgraphs/kit";
import { refreshComplianceFindings } from "./mobility/refreshComplianceFindings";
import { readProviderAccess } from "./mobility/readProviderAccess";
import { type ProviderAccess, refreshFigureModel } from "./mobility/refreshFigureModel";
import { refreshMobilityMoves } from "./mobility/refreshMobilityMoves";
import { runScript } from "./runScript";

/** The models one run derives (MOBILITY_REFRESH_MODELS, comma-separated; default all three, in this order). */
const MODELS = ["moves", "compliance", "figures"] as const;
type Model = (typeof MODELS)[number];

runScript("mobility:refresh", async () => {
  const reader = new SettingsReader(process.env);
  const store = readStoreSettings(reader, "offa");
  const gatewayUrl = reader.httpUrl("GATEWAY_URL", "http://127.0.0.1:4000/");
  const asOf = reader.string("MOBILITY_AS_OF", today());
  const asked = reader
    .string("MOBILITY_REFRESH_MODELS", MODELS.join(","))
    .split(",")
    .map((model) => model.trim());
  const unknown = asked.filter((model) => !(MODELS as readonly string[]).includes(model));
  if (unknown.length > 0 || asked.length === 0) {
    reader.reject(`MOBILITY_REFRESH_MODELS=${asked.join(",")} must list some of ${MODELS.join(", ")}`);
  }
  const models = new Set(asked as Model[]);
  if (store.database.kind === "embedded") {
    reader.reject(
      "mobility:refresh needs OFFA_DATABASE_URL or DATABASE_URL; on the embedded default npm start refreshes",
    );
  }
  let providers: ProviderAccess | null = null;
  if (models.has("figures")) {
    try {
      providers = readProviderAccess();
    } catch (error) {
      reader.reject((error as Error).message);
    }
  }
  reader.done();
  const db = await openSubgraphStore(offaSubgraph, store);
  const failures: { model: string; message: string }[] = [];
  const derive = async (model: string, work: () => Promise<string>) => {
    try {
      console.log(await work());
    } catch (error) {
      failures.push({ model, message: (error as Error).message });
    }
  };
  try {
    if (models.has("moves")) {
      await derive("moves", async () => {
        const result = await refreshMobilityMoves(db, gatewayUrl, asOf);
        return `derived ${result.moves} moves of ${result.learners} cross-provider learners as of ${asOf}`;
      });
    }
    if (models.has("compliance")) {
      await derive("compliance findings", async () => {
        const result = await refreshComplianceFindings(db, gatewayUrl, asOf);
        return `derived ${result.findings} compliance findings of ${result.contracts} contracts of ${result.learners} learners as of ${asOf}`;
      });
    }
    if (providers) {
      const access = providers;
      await derive("figure model", async () => {
        const result = await refreshFigureModel(db, access, asOf);
        return `derived the figure model's snapshot of ${asOf}: ${result.groups} groups (${result.providerGroups} from the providers, ${result.schoolYears} school years) in ${result.seconds.toFixed(1)} s`;
      });
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
