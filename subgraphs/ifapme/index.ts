/** The IFAPME subgraph: an adapter over IFAPME's own store (schema `ifapme`), in IFAPME's vocabulary. */
import { join } from "node:path";
import type { SubgraphDefinition } from "../kit";
import { buildIfapmeSchema } from "./buildIfapmeSchema";
import { createIfapmeContext } from "./context";

/** The IFAPME subgraph as the kit boots it: store schema `ifapme`, its migrations, port 4002 when alone. */
export const ifapmeSubgraph: SubgraphDefinition = {
  name: "ifapme",
  dbSchema: "ifapme",
  migrationsDir: join(__dirname, "migrations"),
  defaultPort: 4002,
  buildSchema: buildIfapmeSchema,
  createContext: createIfapmeContext,
};
