/** The SFPME subgraph: an adapter over efp's own store (schema `sfpme`), in efp's vocabulary. */
import { join } from "node:path";
import type { SubgraphDefinition } from "../kit";
import { buildSfpmeSchema } from "./buildSfpmeSchema";
import { createSfpmeContext } from "./context";

/** The SFPME (efp) subgraph as the kit boots it: store schema `sfpme`, its migrations, port 4003 when alone. */
export const sfpmeSubgraph: SubgraphDefinition = {
  name: "sfpme",
  dbSchema: "sfpme",
  migrationsDir: join(__dirname, "migrations"),
  defaultPort: 4003,
  buildSchema: buildSfpmeSchema,
  createContext: createSfpmeContext,
};
