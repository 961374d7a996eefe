/** The CEFA subgraph: an adapter over CEFA's own store (schema `cefa`), in CEFA's vocabulary. */
import { join } from "node:path";
import type { SubgraphDefinition } from "../kit";
import { buildCefaSchema } from "./buildCefaSchema";
import { createCefaContext } from "./context";

export const cefaSubgraph: SubgraphDefinition = {
  name: "cefa",
  dbSchema: "cefa",
  migrationsDir: join(__dirname, "migrations"),
  defaultPort: 4001,
  buildSchema: buildCefaSchema,
  createContext: createCefaContext,
};
