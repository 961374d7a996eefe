/** npm run start:subgraph -- <cefa|ifapme|sfpme|offa>: one subgraph alone, as its own process. */
import "reflect-metadata";
import { subgraphs } from "../subgraphs";
import { runSubgraphProcess } from "../subgraphs/kit";

const name = process.argv[2];
const definition = subgraphs.find((candidate) => candidate.name === name);
if (!definition) {
  console.error(
    `usage: npm run start:subgraph -- <${subgraphs.map((candidate) => candidate.name).join("|")}>`,
  );
  process.exit(2);
}
void runSubgraphProcess(definition);
