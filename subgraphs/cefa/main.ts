/** Runs the CEFA subgraph alone, as its own process. */
import "reflect-metadata";
import { runSubgraphProcess } from "../kit";
import { cefaSubgraph } from "./index";

void runSubgraphProcess(cefaSubgraph);
