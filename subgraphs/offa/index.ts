/**
 * The OFFA subgraph: cross-provider learner identity, harmonisation onto the common model, and OFFA's own
 * functions. Its store is schema `offa`; it never reads a provider database (provider values reach it
 * through federation).
 */
import { join } from "node:path";
import { developmentPseudonymKeys, type PseudonymKeys, type SubgraphDefinition } from "../kit";
import { buildOffaSchema } from "./buildOffaSchema";
import { createOffaContext } from "./context";
import { selectPseudonymsByLearners } from "./identity/pseudonymQueries";

/**
 * The OFFA subgraph working with these pseudonym keys (readPseudonymKeys): `Learner.mobilityPseudonym` is the
 * learner's pseudonym under the mobility domain's current key, and lookups by pseudonym accept only configured
 * keys.
 */
export function createOffaSubgraph(pseudonymKeys: PseudonymKeys): SubgraphDefinition {
  return {
    name: "offa",
    dbSchema: "offa",
    migrationsDir: join(__dirname, "migrations"),
    // The audit log names OFFA's learners by their stored audit pseudonyms (OFFA keeps no national number).
    auditPseudonyms: async (db, learnerIds, key) =>
      new Map(
        (await selectPseudonymsByLearners(db, "audit", key.id, learnerIds)).map((row) => [
          row.learnerId,
          row.pseudonym,
        ]),
      ),
    learnerTypes: ["Learner"],
    defaultPort: 4004,
    buildSchema: buildOffaSchema,
    createContext: (db, request) => createOffaContext(db, request, pseudonymKeys),
    withPseudonymKeys: createOffaSubgraph,
  };
}

/**
 * The OFFA subgraph on the development pseudonym keys, for composition and tools that never read a pseudonym.
 * Whoever serves it configures it first (`withPseudonymKeys`: runSubgraphProcess, startLocalStack), so in
 * production the keys always come from the environment.
 */
export const offaSubgraph: SubgraphDefinition = createOffaSubgraph(developmentPseudonymKeys());
