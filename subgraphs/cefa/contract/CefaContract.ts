import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** The company side of a contract: enterprise (BCE) and the establishment unit where the learner works. */
@ObjectType({ description: "Employer of a CEFA contract: BCE enterprise and establishment unit." })
export class CefaEmployer {
  @Field({ description: "BCE enterprise number, 10 digits." })
  enterpriseNumber!: string;

  @Field({ description: "BCE establishment-unit number, 10 digits." })
  establishmentUnitNumber!: string;

  @Field()
  name!: string;

  @Field()
  commune!: string;

  @Field()
  postcode!: string;
}

/** A contract as CEFA records it, in CEFA codes (type, statut, motif de fin). */
@ObjectType({ description: "A contract as CEFA records it, in CEFA's own codes." })
@Directive('@key(fields: "id")')
@LearnerData()
export class CefaContract {
  @Field(() => ID)
  id!: string;

  learnerId!: string;

  @Field({ description: "CEFA contract type code (CA = contrat d'alternance, CAI, CPE2, CTTP)." })
  typeCode!: string;

  @Field({ description: "CEFA study option code of the trade." })
  optionCode!: string;

  @Field(() => CefaEmployer)
  employer!: CefaEmployer;

  @Field()
  tutorName!: string;

  @Field()
  referentName!: string;

  @Field(() => LocalDate)
  signedOn!: string;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate)
  plannedEndOn!: string;

  @Field(() => LocalDate, { nullable: true })
  endedOn!: string | null;

  @Field({ description: "CEFA status code (SIGNE, ESSAI, EN_COURS, SUSPENDU, CLOTURE)." })
  statusCode!: string;

  @Field(() => String, { nullable: true, description: "CEFA end-reason code (motif de fin)." })
  endReasonCode!: string | null;

  @Field(() => Float, {
    description:
      "Hours in the company planned over the school year (CEFA plans per school year, not per week).",
  })
  companyHoursPerSchoolYear!: number;

  @Field(() => Float, { description: "Hours at school (CEFA) planned over the school year." })
  schoolHoursPerSchoolYear!: number;

  @Field(() => LocalDate, { description: "Day the contract was entered in CEFA's system (encodage)." })
  recordedOn!: string;

  @Field(() => Int, { description: "Monthly rétribution agreed, in euro cents." })
  monthlyPayCents!: number;
}

/** The referent's dated decision on the pupil's palier, in CEFA codes. */
@ObjectType({
  description: "A referent's dated decision on the pupil's level of progress (palier), CEFA codes.",
})
@Directive('@key(fields: "id")')
@LearnerData()
export class CefaLevelDecision {
  @Field(() => ID)
  id!: string;

  contractId!: string;

  @Field({ description: "CEFA palier code (P1, P2, P3)." })
  code!: string;

  @Field(() => LocalDate)
  decidedOn!: string;

  @Field()
  referentName!: string;
}
