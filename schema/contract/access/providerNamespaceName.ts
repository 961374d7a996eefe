/**
 * A provider namespace as a token names it (`cefa`, `ifapme`, `sfpme`). The list itself lives with the subgraphs
 * (subgraphs/kit PROVIDER_NAMESPACES): the gateway knows providers only from the supergraph, so here it is a
 * lower-case name checked against that list where the claims are read.
 */
export type ProviderNamespaceName = string;
