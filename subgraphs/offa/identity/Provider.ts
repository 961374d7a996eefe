import { registerEnumType } from "type-graphql";
import { PROVIDER_NAMESPACES, type ProviderNamespace } from "../../kit";

export type { ProviderNamespace };

/** A provider as the API names it: its namespace in capitals (CEFA, IFAPME, SFPME). */
export type Provider = Uppercase<ProviderNamespace>;

/** The providers of dual training OFFA steers (domain.md §1), from the kit's one list of providers. */
export const Provider = Object.freeze(
  Object.fromEntries(
    PROVIDER_NAMESPACES.map((namespace) => [namespace.toUpperCase(), namespace.toUpperCase()]),
  ),
) as { readonly [P in Provider]: P };

registerEnumType(Provider, {
  name: "Provider",
  description: "CEFA (FWB schools), IFAPME (Wallonia) or SFPME with its centre efp (Brussels).",
});

/** The API's name of a provider namespace (cefa → CEFA). */
export function providerOfNamespace(namespace: ProviderNamespace): Provider {
  return namespace.toUpperCase() as Provider;
}
