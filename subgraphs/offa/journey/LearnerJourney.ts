import { Field, Float, Int, ObjectType } from "type-graphql";
import { LearnerData } from "../../kit";
import { CommonCertification } from "../commonModel/CommonCertification";
import { CommonLevelValue } from "../commonModel/enums";
import { Provider } from "../identity/Provider";
import { JourneyStep } from "./JourneyStep";
import { MobilityEvent } from "./MobilityEvent";

/** A learner's journey in figures. */
@ObjectType({ description: "A learner's journey in figures." })
@LearnerData()
export class JourneySummary {
  @Field(() => [Provider], {
    description: "Providers that held the learner (own enrolment or contract), in the order first met.",
  })
  providers!: Provider[];

  @Field(() => Int, { description: "Moves between providers (PROVIDER_CHANGE events)." })
  moves!: number;

  @Field(() => Float, {
    description:
      "Months under at least one contract up to asOf (days ÷ 30.4375, one decimal; overlapping contracts counted once).",
  })
  monthsUnderContract!: number;

  @Field(() => CommonLevelValue, {
    nullable: true,
    description: "The highest common level ever recorded; null when no level has a common value.",
  })
  highestLevel!: CommonLevelValue | null;

  @Field(() => [CommonCertification])
  certifications!: CommonCertification[];
}

/** Every step of a learner's training at every provider, in time order, and what changed along the way. */
@ObjectType({
  description:
    "A learner's training at every provider in time order (steps), the changes derived from it (events) and a summary.",
})
@LearnerData()
export class LearnerJourney {
  @Field(() => [JourneyStep])
  steps!: JourneyStep[];

  @Field(() => [MobilityEvent])
  events!: MobilityEvent[];

  @Field(() => JourneySummary)
  summary!: JourneySummary;
}
