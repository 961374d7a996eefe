/**
 * The training providers whose stores the gateway federates (domain.md §1), by the lower-case namespace that
 * names each one everywhere: its subgraph and PostgreSQL schema, its mapping-rule folder, OFFA's registry links
 * and `Learner.<namespace>`. The one list of providers: a fourth provider is one folder plus one entry here.
 */
export const PROVIDER_NAMESPACES = ["cefa", "ifapme", "sfpme"] as const;

/** One of PROVIDER_NAMESPACES. */
export type ProviderNamespace = (typeof PROVIDER_NAMESPACES)[number];

/** Narrows a string to a ProviderNamespace. */
export function isProviderNamespace(value: string): value is ProviderNamespace {
  return (PROVIDER_NAMESPACES as readonly string[]).includes(value);
}
