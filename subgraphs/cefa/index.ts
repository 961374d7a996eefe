/** The CEFA subgraph: an adapter over CEFA's own store (schema `cefa`), in CEFA's vocabulary (FWB school terms). */
import { join } from "node:path";
import { defineProviderSubgraph } from "../kit";
import { cefaAdapter } from "./cefaAdapter";

export const cefaSubgraph = defineProviderSubgraph(cefaAdapter, {
  migrationsDir: join(__dirname, "migrations"),
  defaultPort: 4001,
});
