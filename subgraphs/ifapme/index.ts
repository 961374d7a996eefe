/** The IFAPME subgraph: an adapter over IFAPME's own store (schema `ifapme`), in IFAPME's vocabulary. */
import { join } from "node:path";
import { defineProviderSubgraph } from "../kit";
import { ifapmeAdapter } from "./ifapmeAdapter";

export const ifapmeSubgraph = defineProviderSubgraph(ifapmeAdapter, {
  migrationsDir: join(__dirname, "migrations"),
  defaultPort: 4002,
});
