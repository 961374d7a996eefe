import { Directive, Field, ID, ObjectType } from "type-graphql";
import { CefaLearnerView } from "../providers/cefaEntities";
import { IfapmeLearnerView } from "../providers/ifapmeEntities";
import { SfpmeLearnerView } from "../providers/sfpmeEntities";
import { Provider } from "./Provider";

/**
 * A person in dual training as OFFA knows them across providers: a pseudonymous id (never derived from the
 * national number) and the links to each provider's records. Providers contribute the records themselves
 * (Learner.cefa, .ifapme, .sfpme) from the ids below, which clients never see (@inaccessible).
 */
@ObjectType({ description: "A learner across providers, under a pseudonymous OFFA id (OL + 10 characters)." })
@Directive('@key(fields: "id")')
export class Learner {
  @Field(() => ID)
  id!: string;

  @Field(() => [Provider], { description: "Providers that hold a record of this learner." })
  providers!: Provider[];

  @Field({ description: "True when records exist at more than one provider (a move between providers)." })
  movedBetweenProviders!: boolean;

  @Field(() => [ID])
  @Directive("@inaccessible")
  cefaLearnerIds!: string[];

  @Field(() => [ID])
  @Directive("@inaccessible")
  ifapmeLearnerIds!: string[];

  @Field(() => [ID])
  @Directive("@inaccessible")
  sfpmeLearnerIds!: string[];

  // The provider records, resolved by the provider subgraphs: OFFA only reads them through @requires.
  @Field(() => [CefaLearnerView])
  @Directive("@external")
  cefa?: CefaLearnerView[];

  @Field(() => [IfapmeLearnerView])
  @Directive("@external")
  ifapme?: IfapmeLearnerView[];

  @Field(() => [SfpmeLearnerView])
  @Directive("@external")
  sfpme?: SfpmeLearnerView[];
}
