import { registerEnumType } from "type-graphql";

/** The three providers of dual training OFFA steers (domain.md §1). */
export enum Provider {
  CEFA = "CEFA",
  IFAPME = "IFAPME",
  SFPME = "SFPME",
}

registerEnumType(Provider, {
  name: "Provider",
  description: "CEFA (FWB schools), IFAPME (Wallonia) or SFPME with its centre efp (Brussels).",
});

/** The registry's lower-case namespace of a provider, as stored in offa.learner_link.provider. */
export type ProviderNamespace = "cefa" | "ifapme" | "sfpme";

export const providerOfNamespace: Record<ProviderNamespace, Provider> = {
  cefa: Provider.CEFA,
  ifapme: Provider.IFAPME,
  sfpme: Provider.SFPME,
};
