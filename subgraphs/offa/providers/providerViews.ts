import type { ProviderNamespace } from "../../kit";
import { cefaView } from "./cefaEntities";
import { ifapmeView } from "./ifapmeEntities";
import type { ProviderView } from "./ProviderView";
import { sfpmeView } from "./sfpmeEntities";

/**
 * Every provider as OFFA reads it, by namespace. The compiler holds this map to the kit's one list of
 * providers: a provider added there without its view here does not build.
 */
export const providerViews: Readonly<Record<ProviderNamespace, ProviderView>> = {
  cefa: cefaView,
  ifapme: ifapmeView,
  sfpme: sfpmeView,
};
