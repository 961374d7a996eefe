import { Field, Int, ObjectType } from "type-graphql";
import { LearnerData, LocalDate } from "../../kit";
import { CommonLevelValue } from "../commonModel/enums";
import { Provider } from "../identity/Provider";
import { LevelOutcome, MobilityEventKind } from "./journeyEnums";

/** A trade on one side of a change: the provider's code and its common trade when a rule gives one. */
@ObjectType({ description: "A trade as the provider codes it, and its common trade (null when none)." })
export class JourneyTrade {
  @Field()
  nativeCode!: string;

  @Field(() => String, { nullable: true })
  commonCode!: string | null;
}

/** A change derived from the journey, dated. */
@ObjectType({ description: "A dated change in the learner's training, derived from the journey." })
@LearnerData()
export class MobilityEvent {
  @Field(() => MobilityEventKind)
  kind!: MobilityEventKind;

  @Field(() => LocalDate)
  on!: string;

  @Field(() => Provider, { nullable: true })
  fromProvider!: Provider | null;

  @Field(() => Provider, { nullable: true })
  toProvider!: Provider | null;

  @Field(() => JourneyTrade, { nullable: true })
  fromTrade!: JourneyTrade | null;

  @Field(() => JourneyTrade, { nullable: true })
  toTrade!: JourneyTrade | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the common trade changed; null when a side has no common trade (never guessed).",
  })
  tradeChanged!: boolean | null;

  @Field(() => CommonLevelValue, { nullable: true, description: "PROVIDER_CHANGE: the last level before." })
  levelBefore!: CommonLevelValue | null;

  @Field(() => CommonLevelValue, { nullable: true, description: "PROVIDER_CHANGE: the first level after." })
  levelAfter!: CommonLevelValue | null;

  @Field(() => LevelOutcome, { nullable: true, description: "PROVIDER_CHANGE: what became of the level." })
  levelOutcome!: LevelOutcome | null;

  @Field(() => Int, { nullable: true, description: "INTERRUPTION: days without a contract." })
  days!: number | null;
}
