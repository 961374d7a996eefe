import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PROVIDER_NAMESPACES } from "../../kit";
import { providerViews } from "../providers";
import { Provider, type ProviderNamespace } from "./Provider";
import { LearnerData } from "../../kit";

/** The name of the field holding the ids of a provider's records linked to the learner (cefaLearnerIds…). */
export function learnerIdsField(namespace: ProviderNamespace): `${ProviderNamespace}LearnerIds` {
  return `${namespace}LearnerIds`;
}

/**
 * A person in dual training as OFFA knows them across providers: a pseudonymous id (never derived from the
 * national number) and the links to each provider's records. Providers contribute the records themselves
 * (Learner.cefa, .ifapme, .sfpme) from the `<namespace>LearnerIds` fields, which clients never see
 * (@inaccessible). Both kinds of field are declared per provider below, from the kit's list of providers.
 */
@ObjectType({ description: "A learner across providers, under a pseudonymous OFFA id (OL + 10 characters)." })
@Directive('@key(fields: "id")')
@LearnerData()
export class Learner {
  @Field(() => ID)
  id!: string;

  @Field(() => [Provider], { description: "Providers that hold a record of this learner." })
  providers!: Provider[];

  @Field({ description: "True when records exist at more than one provider (a move between providers)." })
  movedBetweenProviders!: boolean;

  /** `<namespace>LearnerIds` and, when the gateway sent them (@requires), the provider records `<namespace>`. */
  [field: string]: unknown;
}

for (const namespace of PROVIDER_NAMESPACES) {
  const ids = learnerIdsField(namespace);
  Field(() => [ID])(Learner.prototype, ids);
  Directive("@inaccessible")(Learner.prototype, ids);
  // The provider records, resolved by the provider subgraphs: OFFA only reads them through @requires.
  // Nullable as the provider declares it: null when that provider's records could not be read.
  Field(() => [providerViews[namespace].types.learner], { nullable: true })(Learner.prototype, namespace);
  Directive("@external")(Learner.prototype, namespace);
}
