import { Field, ID, Int, ObjectType } from "type-graphql";
import { Provider } from "../identity/Provider";
import { MappingRelationshipValue, MappingStatusValue } from "./enums";
import { MappingResolutionType } from "./MappingResolutionType";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/**
 * A provider certificate on the common certification vocabulary (domain.md §6). A comparison aid: two
 * certificates are never called equivalent unless a rule says EQUIVALENT; the same level is not equivalence.
 */
@ObjectType({ description: "A provider certificate placed on the common certification vocabulary." })
@LearnerData()
export class CommonCertification {
  @Field(() => Provider, { description: "The provider that issued the certificate." })
  issuingProvider!: Provider;

  @Field(() => ID, { description: "The provider's own id of the delivered certificate." })
  providerCertificateId!: string;

  @Field({ description: "The provider-native certificate code." })
  nativeCode!: string;

  @Field(() => LocalDate)
  issuedOn!: string;

  @Field(() => MappingStatusValue)
  mappingStatus!: MappingStatusValue;

  @Field(() => String, { nullable: true, description: "Common certification code; null when UNMAPPED." })
  code!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "Track (e.g. CEFA art. 49, apprenticeship, adults)." })
  track!: string | null;

  @Field(() => MappingRelationshipValue, {
    nullable: true,
    description: "How the common code relates to the native one; only EQUIVALENT claims equivalence.",
  })
  relationship!: MappingRelationshipValue | null;

  @Field(() => [Int], {
    description:
      "EQF levels stated for alternance qualifications as a whole (Cedefop, draft NQF): indicative, not per certificate.",
  })
  indicativeEqfLevels!: number[];

  @Field(() => Int, {
    nullable: true,
    description: "EQF level of this certificate when verified; null until then.",
  })
  eqfLevel!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "CFC level (1–8) when verified; unknown for every certificate so far.",
  })
  cfcLevel!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "ESCO concept URI, under http://data.europa.eu/esco/.",
  })
  escoUri!: string | null;

  @Field(() => MappingResolutionType)
  mapping!: MappingResolutionType;
}
