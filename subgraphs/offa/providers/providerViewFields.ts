import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { CodeKind, type ClassOf } from "../../kit";
import { LocalDate } from "../../kit";

/*
 * The fields the three providers' entities share, by name and type, as the OFFA subgraph declares them: a
 * key, and native values marked @external (the provider resolves them; they reach OFFA only through
 * @requires). Each provider's view extends these and adds its own differently named fields.
 */

/** The company party of a provider contract. */
// Never emitted as a type of its own: only its subclasses are reachable from the schema.
@ObjectType()
export abstract class EmployerFields {
  @Field()
  @Directive("@external")
  enterpriseNumber!: string;

  @Field()
  @Directive("@external")
  establishmentUnitNumber!: string;

  @Field()
  @Directive("@external")
  name!: string;
}

/** A delivered certificate, in the provider's code. */
// Never emitted as a type of its own: only its subclasses are reachable from the schema.
@ObjectType()
export abstract class CertificateFields {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive("@external")
  code!: string;

  @Field(() => LocalDate)
  @Directive("@external")
  issuedOn!: string;
}

/** A provider code, keyed by kind and code. */
// Never emitted as a type of its own: only its subclasses are reachable from the schema.
@ObjectType()
export abstract class CodeFields {
  @Field(() => CodeKind)
  kind!: CodeKind;

  @Field()
  code!: string;
}

/** A native level record: its date field is named by each provider (decidedOn, evaluatedOn, effectiveFrom). */
// Never emitted as a type of its own: only its subclasses are reachable from the schema.
@ObjectType()
export abstract class LevelRecordFields {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive("@external")
  code!: string;
}

/**
 * The selection of the contract fields every provider names alike (declared by contractFields below), for the
 * `@requires` of Learner.commonContracts and for copying them into a NativeContract. A test holds the two in
 * step against the composed schema.
 */
export const SHARED_CONTRACT_SELECTION = [
  "id",
  "typeCode",
  "employer { enterpriseNumber establishmentUnitNumber name }",
  "tutorName",
  "referentName",
  "signedOn",
  "startsOn",
  "plannedEndOn",
  "endedOn",
  "statusCode",
  "endReasonCode",
  "recordedOn",
  "monthlyPayCents",
] as const;

/** The contract fields with the same name at every provider; `employer` is of the provider's own type. */
export function contractFields<Employer extends EmployerFields>(employerType: ClassOf<Employer>) {
  // Never emitted as a type of its own: only its subclasses are reachable from the schema.
  @ObjectType()
  abstract class ContractFields {
    @Field(() => ID)
    id!: string;

    @Field()
    @Directive("@external")
    typeCode!: string;

    @Field(() => employerType)
    @Directive("@external")
    employer!: Employer;

    @Field()
    @Directive("@external")
    tutorName!: string;

    @Field()
    @Directive("@external")
    referentName!: string;

    @Field(() => LocalDate)
    @Directive("@external")
    signedOn!: string;

    @Field(() => LocalDate)
    @Directive("@external")
    startsOn!: string;

    @Field(() => LocalDate)
    @Directive("@external")
    plannedEndOn!: string;

    @Field(() => LocalDate, { nullable: true })
    @Directive("@external")
    endedOn!: string | null;

    @Field()
    @Directive("@external")
    statusCode!: string;

    @Field(() => String, { nullable: true })
    @Directive("@external")
    endReasonCode!: string | null;

    @Field(() => LocalDate)
    @Directive("@external")
    recordedOn!: string;

    @Field(() => Int)
    @Directive("@external")
    monthlyPayCents!: number;
  }
  return ContractFields;
}

/** A learner record with its birth date, contracts and certificates, each of the provider's own types. */
export function learnerFields<Contract, Certificate>(
  contractType: ClassOf<Contract>,
  certificateType: ClassOf<Certificate>,
) {
  // Never emitted as a type of its own: only its subclasses are reachable from the schema.
  @ObjectType()
  abstract class LearnerFields {
    @Field(() => ID)
    id!: string;

    // The names reach OFFA only through @requires of a search by name (LearnerNameSearch.results), which compares
    // them with the searched identity and keeps none: OFFA holds no names.
    @Field()
    @Directive("@external")
    lastName!: string;

    @Field()
    @Directive("@external")
    firstName!: string;

    @Field(() => LocalDate)
    @Directive("@external")
    birthDate!: string;

    @Field()
    @Directive("@external")
    hasLegalRepresentative!: boolean;

    @Field(() => [contractType])
    @Directive("@external")
    contracts!: Contract[];

    @Field(() => [certificateType])
    @Directive("@external")
    certificates!: Certificate[];
  }
  return LearnerFields;
}
