/**
 * The four subgraphs, for the tools that run or compose them all (scripts, tests). The gateway never
 * imports this: it knows subgraphs only by URL and the supergraph file.
 */
import { cefaSubgraph } from "./cefa";
import { ifapmeSubgraph } from "./ifapme";
import type { SubgraphDefinition } from "./kit";
import { offaSubgraph } from "./offa";
import { sfpmeSubgraph } from "./sfpme";

export const subgraphs: readonly SubgraphDefinition[] = [
  cefaSubgraph,
  ifapmeSubgraph,
  sfpmeSubgraph,
  offaSubgraph,
];

export { cefaSubgraph, ifapmeSubgraph, offaSubgraph, sfpmeSubgraph };
