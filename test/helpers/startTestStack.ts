import { join } from "node:path";
import { developmentAuthConfig } from "../../gateway/auth";
import { generateDataset, type GroundTruth } from "../../scripts/dataset";
import { type LocalStack, startLocalStack } from "../../scripts/stack/startLocalStack";
import {
  developmentPseudonymKeys,
  PROVIDER_NAMESPACES,
  requestVerificationSettings,
  type DatabaseSettings,
  type SubgraphName,
} from "../../subgraphs/kit";
import { DEVELOPMENT_SIGNING_KEY } from "../../schema/contract/signing";
import { countStatements, type CountedDatabase } from "./countStatements";
import { createTestDatabase } from "./createTestDatabase";

const NAMES: SubgraphName[] = [...PROVIDER_NAMESPACES, "offa"];

/** The whole stack for a federation test, with statement counters per subgraph and the dataset's truth. */
export interface TestStack extends LocalStack {
  counters: Record<SubgraphName, CountedDatabase>;
  groundTruth: GroundTruth;
}

/**
 * Starts the four subgraphs and the gateway on free ports, seeded at a small scale. The three providers
 * share `providerDatabase` (each in its own PostgreSQL schema); OFFA gets `offaDatabase`, a database of its
 * own when the test passes one, so it physically cannot read a provider table.
 */
export async function startTestStack(
  providerDatabase: DatabaseSettings,
  offaDatabase: DatabaseSettings = providerDatabase,
  dataset: { seed: number; scale: number } = { seed: 7, scale: 0.01 },
): Promise<TestStack> {
  const counters = {} as Record<SubgraphName, CountedDatabase>;
  // Generated before the stack starts: taking seconds after it, it would leave the gateway's first keep-alive
  // connection idle past the server's timeout, and the test's first request would meet a reset socket.
  // The development pseudonym keys, the default of every process outside production.
  const pseudonymKeys = developmentPseudonymKeys();
  const groundTruth = generateDataset({ ...dataset, pseudonymKeys }).groundTruth;
  const stack = await startLocalStack({
    stores: Object.fromEntries(
      NAMES.map((name) => {
        const database = name === "offa" ? offaDatabase : providerDatabase;
        return [
          name,
          {
            database:
              database.kind === "embedded"
                ? { kind: "embedded", dataDir: join(database.dataDir, name) }
                : database,
            settingName: "TEST_POSTGRES_URL",
          },
        ];
      }),
    ) as Record<SubgraphName, { database: DatabaseSettings; settingName: string }>,
    dataset: { ...dataset, pseudonymKeys },
    ports: { gateway: 0, cefa: 0, ifapme: 0, sfpme: 0, offa: 0 },
    supergraphPath: join(__dirname, "../../schema/supergraph.graphql"),
    // The key the gateway and the subgraphs default to outside production; signedSubgraphRequest signs with it.
    verification: requestVerificationSettings({ current: DEVELOPMENT_SIGNING_KEY }),
    auth: developmentAuthConfig(),
    wrapDatabase: (name, db) => {
      counters[name] = countStatements(db);
      return counters[name].db;
    },
  });
  return { ...stack, counters, groundTruth };
}

/**
 * The stack over real PostgreSQL with fresh databases: one for the three providers and one of OFFA's own, so
 * the OFFA subgraph cannot read a provider table even by mistake. `stop()` also drops the databases.
 */
export async function startPostgresTestStack(
  dataset: { seed: number; scale: number } = { seed: 7, scale: 0.01 },
): Promise<TestStack> {
  const providers = await createTestDatabase();
  const offa = await createTestDatabase();
  try {
    const stack = await startTestStack(
      { kind: "postgres", url: providers.url },
      { kind: "postgres", url: offa.url },
      dataset,
    );
    return {
      ...stack,
      stop: async () => {
        await stack.stop();
        await providers.drop();
        await offa.drop();
      },
    };
  } catch (error) {
    await providers.drop();
    await offa.drop();
    throw error;
  }
}
