/**
 * The subgraphs, for the tools that run or compose them all (scripts, tests). The gateway never imports this:
 * it knows subgraphs only by URL and the supergraph file. The compiler holds the provider map to the kit's one
 * list of providers (PROVIDER_NAMESPACES): a provider missing here, or one too many, does not build.
 */
import { cefaSubgraph } from "./cefa";
import { ifapmeSubgraph } from "./ifapme";
import {
  PROVIDER_NAMESPACES,
  type ProviderNamespace,
  type ProviderSubgraphDefinition,
  type SubgraphDefinition,
} from "./kit";
import { offaSubgraph } from "./offa";
import { sfpmeSubgraph } from "./sfpme";

/** Each provider's subgraph, by namespace. */
export const providerSubgraphs: Readonly<Record<ProviderNamespace, ProviderSubgraphDefinition>> = {
  cefa: cefaSubgraph,
  ifapme: ifapmeSubgraph,
  sfpme: sfpmeSubgraph,
};

/** Every subgraph: the providers in the kit's order, then OFFA. */
export const subgraphs: readonly SubgraphDefinition[] = [
  ...PROVIDER_NAMESPACES.map((namespace) => providerSubgraphs[namespace]),
  offaSubgraph,
];

export { offaSubgraph };
