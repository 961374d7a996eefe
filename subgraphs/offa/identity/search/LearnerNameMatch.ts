import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Learner } from "../Learner";
import { Provider } from "../Provider";

/** The qualities a search by name returns (NONE is never returned). */
export enum LearnerNameMatchQuality {
  EXACT = "EXACT",
  NEEDS_UPDATE = "NEEDS_UPDATE",
  POSSIBLE = "POSSIBLE",
}

registerEnumType(LearnerNameMatchQuality, {
  name: "LearnerNameMatchQuality",
  description:
    "How a record matches the searched identity (domain.md §10, rules in subgraphs/offa/identity/matching/compareWithSearchedIdentity.ts): EXACT, the identity as searched (accents, case, given-name order aside); NEEDS_UPDATE, within a typo or a day/month swap; POSSIBLE, same family name and birth date (or close) with other given names.",
});

/** One provider record that matched a search by name, and how. */
@ObjectType({ description: "A provider record found by a search by name, compared field by field." })
export class LearnerNameMatchRecord {
  @Field(() => Provider)
  provider!: Provider;

  @Field(() => ID)
  providerLearnerId!: string;

  @Field(() => LearnerNameMatchQuality)
  matchQuality!: LearnerNameMatchQuality;

  @Field({
    description: "The family name against the searched one: SAME or TYPO (DIFFERENT is never found).",
  })
  familyNameComparison!: string;

  @Field({ description: "The given names against the searched ones: SAME, SHORTENED, TYPO or DIFFERENT." })
  givenNamesComparison!: string;

  @Field({
    description: "The birth date against the searched one: SAME or TRANSPOSED (day and month swapped).",
  })
  birthDateComparison!: string;
}

/** One OFFA learner found by a search by name: its records that matched, grouped through OFFA's registry. */
@ObjectType({
  description: "A learner found by a search by name, with the quality of its best matching record.",
})
export class LearnerNameMatch {
  @Field(() => Learner)
  learner!: Learner;

  @Field(() => LearnerNameMatchQuality, { description: "The best quality among its records." })
  matchQuality!: LearnerNameMatchQuality;

  @Field(() => [LearnerNameMatchRecord], { description: "Its provider records that matched, best first." })
  records!: LearnerNameMatchRecord[];
}
