/** Runs the IFAPME subgraph alone, as its own process. */
import "reflect-metadata";
import { runSubgraphProcess } from "../kit";
import { ifapmeSubgraph } from "./index";

void runSubgraphProcess(ifapmeSubgraph);
