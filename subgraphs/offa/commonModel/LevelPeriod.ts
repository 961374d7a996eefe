import { Field, Int, ObjectType } from "type-graphql";
import { CommonLevelValue, MappingStatusValue } from "./enums";
import { LocalDate } from "../../kit";

/** A stretch of a contract during which one native level record holds, with its common level. */
@ObjectType({ description: "A period of one native level record on a contract and its common level." })
export class LevelPeriod {
  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Last day (inclusive); null while no later record is known.",
  })
  to!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The provider-native level code (null when records conflict).",
  })
  nativeCode!: string | null;

  @Field(() => CommonLevelValue, {
    nullable: true,
    description: "Null when UNMAPPED or conflicting: never inferred.",
  })
  level!: CommonLevelValue | null;

  @Field(() => MappingStatusValue)
  mappingStatus!: MappingStatusValue;

  @Field(() => Int, { nullable: true })
  ruleVersion!: number | null;
}
