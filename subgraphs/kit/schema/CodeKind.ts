import { registerEnumType } from "type-graphql";

/**
 * The kinds of native code a provider publishes and OFFA maps. Each provider names its own code lists
 * differently (CEFA paliers, IFAPME niveaux, efp années); this enum is the shared way to ask for them.
 */
export enum CodeKind {
  LEVEL = "LEVEL",
  CERTIFICATION = "CERTIFICATION",
  CONTRACT_TYPE = "CONTRACT_TYPE",
  CONTRACT_STATUS = "CONTRACT_STATUS",
  END_REASON = "END_REASON",
  TRADE = "TRADE",
}

registerEnumType(CodeKind, {
  name: "CodeKind",
  description:
    "Kind of a provider-native code: what OFFA maps it onto (level, certification, contract type…).",
});
