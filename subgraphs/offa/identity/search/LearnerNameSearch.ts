import { Directive, Field, ObjectType } from "type-graphql";
import { PROVIDER_NAMESPACES } from "../../../kit";
import { providerViews } from "../../providers";
import type { ProviderNamespace } from "../Provider";

/** The name of the field through which a provider sends its candidates (cefaCandidates…). */
export function candidatesField(namespace: ProviderNamespace): `${ProviderNamespace}Candidates` {
  return `${namespace}Candidates`;
}

/**
 * A search by last name, first name and birth date (issue 10, item 2) as an entity, the way figures travel: OFFA
 * writes the key (the canonical JSON of the searched identity), each provider contributes its learners born on
 * that day or its day/month transposition (`<namespace>Candidates`, @inaccessible, learner-level), and OFFA
 * judges them in `results` (@requires). OFFA holds no names: they pass through this request only.
 */
@ObjectType("LearnerNameSearch", {
  description:
    "A search for a learner by last name, first name and birth date across providers; its results come with their match quality.",
})
@Directive('@key(fields: "query")')
export class LearnerNameSearch {
  @Field(() => String, {
    description: "The canonical JSON of { birthDate, firstName, lastName } as searched (sorted keys).",
  })
  query!: string;

  /** `<namespace>Candidates`, when the gateway sent them (@requires). */
  [field: string]: unknown;
}

for (const namespace of PROVIDER_NAMESPACES) {
  const field = candidatesField(namespace);
  // Nullable as the provider declares it: null when that provider's store could not be read.
  Field(() => [providerViews[namespace].types.learner], { nullable: true })(
    LearnerNameSearch.prototype,
    field,
  );
  Directive("@external")(LearnerNameSearch.prototype, field);
}

/** The @requires selection of `results`: the identity fields the matcher compares, from every provider. */
export const NAME_SEARCH_REQUIRED_FIELDS = PROVIDER_NAMESPACES.map(
  (namespace) => `${candidatesField(namespace)} { id lastName firstName birthDate }`,
).join(" ");
