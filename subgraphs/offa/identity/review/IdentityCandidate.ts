import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Learner } from "../Learner";
import { Provider } from "../Provider";

/** Where a POSSIBLE candidate stands on the review list. */
export enum IdentityCandidateStatus {
  PENDING = "PENDING",
  CONFIRMED = "CONFIRMED",
  REJECTED = "REJECTED",
}

registerEnumType(IdentityCandidateStatus, {
  name: "IdentityCandidateStatus",
  description: "PENDING (awaiting a decision), CONFIRMED (one person: merged) or REJECTED (two people).",
});

/** What the matcher compared, field by field (identity/matching MatchEvidence): the reasons shown to reviewers. */
@ObjectType({ description: "The matcher's field-by-field comparison of the two provider records." })
export class IdentityEvidence {
  // Each field is the result of a comparison, named so: a field called nationalNumber or birthDate would read as
  // the value itself (the schema keeps nationalNumber for the provider's number and types every date LocalDate).
  @Field({
    name: "nationalNumberComparison",
    description: "SAME, BIS_REPLACED, DIFFERENT or MISSING (compared through keyed hashes only).",
  })
  nationalNumber!: string;

  @Field({ name: "familyNameComparison", description: "SAME, TYPO or DIFFERENT." })
  familyName!: string;

  @Field({ name: "givenNamesComparison", description: "SAME, SHORTENED, TYPO or DIFFERENT." })
  givenNames!: string;

  @Field({
    name: "birthDateComparison",
    description: "SAME, TRANSPOSED (day and month swapped) or DIFFERENT.",
  })
  birthDate!: string;

  @Field()
  sameSex!: boolean;

  @Field({
    name: "postcodeComparison",
    description: "SAME, DIFFERENT or UNKNOWN (a side without a postcode).",
  })
  postcode!: string;
}

/** One provider record of a candidate pair. */
@ObjectType({ description: "A provider record of a candidate pair, and the OFFA learner it belongs to now." })
export class IdentityCandidateRecord {
  @Field(() => Provider)
  provider!: Provider;

  @Field(() => ID)
  providerLearnerId!: string;

  @Field(() => Learner, {
    description: "The OFFA learner holding this record now (the gateway resolves it).",
  })
  learner!: Learner;
}

/**
 * A POSSIBLE match between two provider records held by different learners, waiting on (or past) a mobility
 * officer's decision. Access is declared on the fields that return it (policy `identity_resolution`).
 */
@ObjectType({ description: "A POSSIBLE identity match on the review list, with the matcher's evidence." })
export class IdentityCandidate {
  @Field(() => ID, { description: "IC + 8 digits." })
  id!: string;

  @Field(() => IdentityCandidateStatus)
  status!: IdentityCandidateStatus;

  @Field(() => IdentityCandidateRecord)
  record!: IdentityCandidateRecord;

  @Field(() => IdentityCandidateRecord)
  otherRecord!: IdentityCandidateRecord;

  @Field(() => IdentityEvidence)
  evidence!: IdentityEvidence;

  @Field(() => String, {
    nullable: true,
    description:
      "Why the registry could not link a pair its rules allowed: SAME_PROVIDER, TWO_NUMBERS or AMBIGUOUS_BIS.",
  })
  conflict!: string | null;

  @Field(() => String, { nullable: true, description: "Who decided: the subject of the deciding token." })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: "When the decision was recorded (ISO 8601 UTC)." })
  decidedAt!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "After a confirmation that merged two learners: the surviving OFFA id (the older learner).",
  })
  survivorId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "After a confirmation that merged two learners: the absorbed OFFA id, kept as a tombstone.",
  })
  absorbedId!: string | null;
}
