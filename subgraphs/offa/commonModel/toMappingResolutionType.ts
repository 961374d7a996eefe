import { CodeKind } from "../../kit";
import type { MappingResolution } from "../harmonisation";
import { MappingRelationshipValue, MappingStatusValue } from "../commonModel/enums";
import type { MappingResolutionType } from "../commonModel/MappingResolutionType";
import { providerOfNamespace } from "../identity/Provider";

/** A RuleBook answer in its GraphQL shape. */
export function toMappingResolutionType(resolution: MappingResolution): MappingResolutionType {
  return {
    status: MappingStatusValue[resolution.status],
    provider: providerOfNamespace(resolution.namespace),
    kind: CodeKind[resolution.kind],
    sourceCode: resolution.sourceCode,
    target: resolution.target,
    candidates: resolution.candidates,
    relationship: resolution.relationship ? MappingRelationshipValue[resolution.relationship] : null,
    ruleVersion: resolution.ruleVersion,
    ruleSource: resolution.ruleSource,
    validFrom: resolution.validFrom,
    validTo: resolution.validTo,
    ruleSetId: resolution.ruleSetId,
  };
}
