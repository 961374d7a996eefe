import { Field, Int, ObjectType } from "type-graphql";
import { CommonLevelValue, MappingStatusValue } from "./enums";
import { MappingResolutionType } from "./MappingResolutionType";

/** A provider's native level record placed on the common A/B/C scale, with the rule used. */
@ObjectType({ description: "A native level record on the common A/B/C scale." })
export class LevelMapping {
  @Field(() => CommonLevelValue, {
    nullable: true,
    description: "Null when UNMAPPED: a level is never inferred.",
  })
  level!: CommonLevelValue | null;

  @Field(() => MappingStatusValue)
  mappingStatus!: MappingStatusValue;

  @Field(() => Int, { nullable: true, description: "Version of the rule used." })
  ruleVersion!: number | null;

  @Field(() => MappingResolutionType)
  mapping!: MappingResolutionType;
}
