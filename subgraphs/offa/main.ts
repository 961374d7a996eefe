/** Runs the OFFA subgraph alone, as its own process. */
import "reflect-metadata";
import { runSubgraphProcess } from "../kit";
import { offaSubgraph } from "./index";

void runSubgraphProcess(offaSubgraph);
