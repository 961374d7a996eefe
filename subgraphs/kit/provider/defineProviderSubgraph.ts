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
    defaultPort: options.defaultPort,
    buildSchema: () => buildProviderSchema(adapter),
    createContext: (db, request) => createProviderContext(adapter, db, request),
  };
}
