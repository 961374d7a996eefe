/** The SFPME subgraph: an adapter over the store of efp (espace formation PME, Brussels), schema `sfpme`, in efp's vocabulary. */
import { join } from "node:path";
import { defineProviderSubgraph } from "../kit";
import { sfpmeAdapter } from "./sfpmeAdapter";

export const sfpmeSubgraph = defineProviderSubgraph(sfpmeAdapter, {
  migrationsDir: join(__dirname, "migrations"),
  defaultPort: 4003,
});
