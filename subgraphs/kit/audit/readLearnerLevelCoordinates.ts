import type { GraphQLSchema } from "graphql";
import { readAccessRequirements, type Scope } from "../../../schema/contract/access";
import { subgraphSdl } from "../access/subgraphSdl";

/** The scope that marks learner-level data (LearnerData: `@requiresScopes(learner:read)` + `@policy(learner_access)`). */
const LEARNER_SCOPE: Scope = "learner:read";

/** What a subgraph's schema declares learner-level: whole types, and single fields of other types. */
export interface LearnerLevelCoordinates {
  types: ReadonlySet<string>;
  /** `Type.field` coordinates that carry the requirement themselves. */
  fields: ReadonlySet<string>;
}

/**
 * The learner-level types and fields of a subgraph, read from the access directives of its own SDL (the same
 * declarations enforceAccess and the gateway enforce): no hand-kept list, so a type marked LearnerData is
 * audited the day it is added.
 */
export function readLearnerLevelCoordinates(schema: GraphQLSchema): LearnerLevelCoordinates {
  const types = new Set<string>();
  const fields = new Set<string>();
  for (const [coordinate, requirement] of readAccessRequirements(subgraphSdl(schema))) {
    if (!requirement.scopes.some((all) => all.includes(LEARNER_SCOPE))) continue;
    (coordinate.includes(".") ? fields : types).add(coordinate);
  }
  return { types, fields };
}
