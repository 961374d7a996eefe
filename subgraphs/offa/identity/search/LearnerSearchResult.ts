import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Learner } from "../Learner";
import { Provider } from "../Provider";

/** How a search reached the learner. */
export enum LearnerSearchMatch {
  NATIONAL_NUMBER = "NATIONAL_NUMBER",
  OFFA_ID = "OFFA_ID",
}

registerEnumType(LearnerSearchMatch, {
  name: "LearnerSearchMatch",
  description: "NATIONAL_NUMBER (its pseudonym in the mobility domain) or OFFA_ID.",
});

/** One provider record of a found learner and how it joined the learner. */
@ObjectType({
  description: "A provider record linked to the learner, with how the matcher or a reviewer linked it.",
})
export class LearnerLinkQuality {
  @Field(() => Provider)
  provider!: Provider;

  @Field(() => ID)
  providerLearnerId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "EXACT, NEEDS_UPDATE (the matcher's links) or CONFIRMED (a reviewer's decision); null for the record the learner was created from.",
  })
  matchQuality!: string | null;
}

/** One learner found by findLearners. */
@ObjectType({ description: "A learner found by a search, with the quality of each of its links." })
export class LearnerSearchResult {
  @Field(() => Learner)
  learner!: Learner;

  @Field(() => LearnerSearchMatch)
  matchedBy!: LearnerSearchMatch;

  @Field(() => ID, {
    nullable: true,
    description:
      "When the id or number found a learner since merged into this one (a confirmed candidate): that id.",
  })
  mergedFrom!: string | null;

  @Field(() => String, {
    description:
      "The weakest link: EXACT, NEEDS_UPDATE or CONFIRMED, or SINGLE_RECORD when the learner has one provider record only.",
  })
  matchQuality!: string;

  @Field(() => [LearnerLinkQuality])
  links!: LearnerLinkQuality[];
}
