import { derivePseudonym } from "../pseudonyms/derivePseudonym";
import type { SubgraphDefinition } from "../SubgraphDefinition";
import { buildProviderSchema } from "./buildProviderSchema";
import { createProviderContext } from "./createProviderContext";
import type { ProviderAdapter } from "./ProviderAdapter";

/** A provider subgraph's definition, with the adapter it was built from (tools read its vocabulary query). */
export interface ProviderSubgraphDefinition extends SubgraphDefinition {
  adapter: ProviderAdapter;
}

/**
 * A provider subgraph from its adapter: its store is the PostgreSQL schema named after its namespace, its
 * migrations sit in `migrationsDir`, and the schema and per-request context come from the kit.
 */
export function defineProviderSubgraph(
  adapter: ProviderAdapter,
  options: { migrationsDir: string; defaultPort: number },
): ProviderSubgraphDefinition {
  return {
    adapter,
    name: adapter.namespace,
    dbSchema: adapter.namespace,
    migrationsDir: options.migrationsDir,
    learnerTypes: [adapter.learner.type.name],
    // The audit log names provider learners by the audit pseudonym of the national number the provider holds.
    auditPseudonyms: async (db, learnerIds, key) =>
      new Map(
        (await adapter.learner.selectNationalNumbers(db, learnerIds)).map((row) => [
          row.learnerId,
          derivePseudonym("audit", row.nationalNumber, key),
        ]),
      ),
    defaultPort: options.defaultPort,
    buildSchema: () => buildProviderSchema(adapter),
    createContext: (db, request) => createProviderContext(adapter, db, request),
  };
}
