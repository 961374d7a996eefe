/** Runs the SFPME (efp) subgraph alone, as its own process. */
import "reflect-metadata";
import { runSubgraphProcess } from "../kit";
import { sfpmeSubgraph } from "./index";

void runSubgraphProcess(sfpmeSubgraph);
