import { Field, Int, ObjectType } from "type-graphql";
import { CodeKind } from "../../kit";
import { Provider } from "../identity/Provider";
import { MappingRelationshipValue, MappingStatusValue } from "./enums";
import { LocalDate } from "../../kit";

/** Where a harmonised value came from: the native code, the rule applied (or UNMAPPED), its version and source. */
@ObjectType("MappingResolution", {
  description: "How one provider-native code maps onto the common model on a date, and by which rule.",
})
export class MappingResolutionType {
  @Field(() => MappingStatusValue)
  status!: MappingStatusValue;

  @Field(() => Provider)
  provider!: Provider;

  @Field(() => CodeKind)
  kind!: CodeKind;

  @Field({ description: "The provider-native code." })
  sourceCode!: string;

  @Field(() => String, { nullable: true, description: "The common code; null unless MAPPED." })
  target!: string | null;

  @Field(() => [String], {
    description: "AMBIGUOUS only: every common value the native code may stand for (none is chosen).",
  })
  candidates!: string[];

  @Field(() => MappingRelationshipValue, { nullable: true })
  relationship!: MappingRelationshipValue | null;

  @Field(() => Int, { nullable: true, description: "Version of the rule applied." })
  ruleVersion!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The rule's source (domain.md section, URL or modelling choice).",
  })
  ruleSource!: string | null;

  @Field(() => LocalDate, { nullable: true })
  validFrom!: string | null;

  @Field(() => LocalDate, { nullable: true })
  validTo!: string | null;

  @Field(() => Int, { nullable: true, description: "The loaded rule set the rule belongs to." })
  ruleSetId!: number | null;
}
