/**
 * The OFFA subgraph: cross-provider learner identity, harmonisation onto the common model, and OFFA's own
 * functions. Its store is schema `offa`; it never reads a provider database (provider values reach it
 * through federation).
 */
import { join } from "node:path";
import type { SubgraphDefinition } from "../kit";
import { buildOffaSchema } from "./buildOffaSchema";
import { createOffaContext } from "./context";

export const offaSubgraph: SubgraphDefinition = {
  name: "offa",
  dbSchema: "offa",
  migrationsDir: join(__dirname, "migrations"),
  defaultPort: 4004,
  buildSchema: buildOffaSchema,
  createContext: createOffaContext,
};
