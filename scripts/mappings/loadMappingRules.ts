import { join } from "node:path";
import type { Database } from "../../subgraphs/kit";
import {
  loadRuleSet,
  type LoadRuleSetResult,
  NAMESPACES,
  type ProviderVocabulary,
  ruleSetFilesIn,
} from "../../subgraphs/offa/harmonisation";
import { today } from "../../subgraphs/kit";
import { queryProviderCodes } from "./queryProviderCodes";

/** The checked-in mapping data. */
export const MAPPINGS_DIR = join(__dirname, "../../schema/mappings");

/**
 * Loads the mapping rules into the OFFA store, checked against each provider's vocabulary as the provider
 * subgraphs publish it through the gateway (the OFFA subgraph itself never reads a provider store). A bad file
 * refuses the whole load and the rules in force stay unchanged.
 */
export async function loadMappingRules(
  offaStore: Database,
  gatewayUrl: string,
  mappingsDir = MAPPINGS_DIR,
): Promise<LoadRuleSetResult> {
  const codes = await queryProviderCodes(gatewayUrl, today());
  const vocabularies: ProviderVocabulary[] = NAMESPACES.map((namespace) => ({
    namespace,
    codes: codes.filter((code) => code.namespace === namespace).map(({ kind, code }) => ({ kind, code })),
  }));
  return loadRuleSet(offaStore, { files: ruleSetFilesIn(mappingsDir), vocabularies });
}
