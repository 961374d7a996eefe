import { Field, ID, Int, ObjectType } from "type-graphql";
import { LearnerData, LocalDate } from "../../kit";
import { CommonLevelValue } from "../commonModel/enums";
import { Learner } from "../identity/Learner";
import { Provider } from "../identity/Provider";
import { JourneyTrade } from "../journey/MobilityEvent";
import { LevelOutcome } from "../journey/journeyEnums";
import { Region } from "../register";

/** One move between providers and the learner who made it. */
@ObjectType({ description: "A move between providers, as derived from the learner's journey." })
@LearnerData()
export class Mover {
  /** The learner's OFFA id, resolved into `learner`. */
  learnerId!: string;

  @Field(() => Learner, {
    nullable: true,
    description: "The learner, with their journey and records; null when the caller may not see them.",
  })
  learner!: Learner | null;

  @Field(() => LocalDate, { description: "The first enrolment at the new provider." })
  movedOn!: string;

  @Field(() => Provider)
  fromProvider!: Provider;

  @Field(() => Provider)
  toProvider!: Provider;

  @Field(() => JourneyTrade)
  fromTrade!: JourneyTrade;

  @Field(() => JourneyTrade)
  toTrade!: JourneyTrade;

  @Field(() => Boolean, {
    nullable: true,
    description: "Null when a side has no common trade: never guessed.",
  })
  tradeChanged!: boolean | null;

  @Field(() => CommonLevelValue, { nullable: true })
  levelBefore!: CommonLevelValue | null;

  @Field(() => CommonLevelValue, { nullable: true })
  levelAfter!: CommonLevelValue | null;

  @Field(() => LevelOutcome)
  levelOutcome!: LevelOutcome;

  @Field(() => Region, {
    nullable: true,
    description:
      "Region of the establishment unit of the first contract at the new provider; null without one.",
  })
  region!: Region | null;
}

/** A page of movers with the totals of the whole selection and the freshness of the model. */
@ObjectType({
  description: "A page of moves between providers, the totals of the selection, and how fresh they are.",
})
export class MoversPage {
  @Field(() => [Mover])
  moves!: Mover[];

  @Field(() => Int, { description: "Moves matching the filters (all pages)." })
  totalMoves!: number;

  @Field(() => Int, { description: "Distinct learners among them." })
  totalLearners!: number;

  @Field(() => ID, {
    nullable: true,
    description: "Pass as `after` for the next page; null on the last one.",
  })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;

  @Field(() => LocalDate, { description: "The date the moves were derived for (the last refresh's asOf)." })
  derivedAsOf!: string;

  @Field({ description: "When the moves were last derived from the providers' records (ISO timestamp)." })
  refreshedAt!: string;
}
