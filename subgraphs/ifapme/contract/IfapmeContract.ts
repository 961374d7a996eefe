import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** The company side of an IFAPME contract: enterprise (BCE) and the establishment unit where the learner works. */
@ObjectType({ description: "Employer of an IFAPME contract: BCE enterprise and establishment unit." })
export class IfapmeEmployer {
  @Field({ description: "BCE enterprise number, 10 digits." })
  enterpriseNumber!: string;

  @Field({ description: "BCE establishment-unit number (unité d'établissement), 10 digits." })
  establishmentUnitNumber!: string;

  @Field({ description: "Legal name (dénomination)." })
  name!: string;

  @Field({ description: "Commune (localité) of the place of work." })
  commune!: string;

  @Field()
  postcode!: string;
}

/** A contract as IFAPME records it, in IFAPME codes (type, état, raison de fin). */
@ObjectType({ description: "A contract as IFAPME records it, in IFAPME's own codes." })
@Directive('@key(fields: "id")')
@LearnerData()
export class IfapmeContract {
  @Field(() => ID, { description: "IFAPME contract number (numero): 'IFC' and 8 digits, e.g. IFC00012345." })
  id!: string;

  learnerId!: string;

  @Field({
    description:
      "IFAPME contract type code (référentiel TYPE_CONTRAT): CAL = contrat d'alternance, CST = convention de stage (chef d'entreprise).",
  })
  typeCode!: string;

  @Field({ description: "IFAPME métier code of the trade, e.g. M0101." })
  tradeCode!: string;

  @Field(() => IfapmeEmployer)
  employer!: IfapmeEmployer;

  @Field({ description: "The company's tutor (tuteur)." })
  tutorName!: string;

  @Field({ description: "IFAPME's referent (référent) for the contract." })
  referentName!: string;

  @Field(() => LocalDate)
  signedOn!: string;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate)
  plannedEndOn!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Actual end date (fin réelle), when the contract has ended.",
  })
  endedOn!: string | null;

  @Field({
    description:
      "IFAPME contract state code (etat_code, référentiel ETAT_CONTRAT): S signé, E essai, A actif, X suspendu, F fini.",
  })
  statusCode!: string;

  @Field(() => String, {
    nullable: true,
    description: "IFAPME end-reason code (raison_fin_code, référentiel RAISON_FIN): R01 to R08.",
  })
  endReasonCode!: string | null;

  @Field(() => Float, { description: "Hours per week in the company, on average." })
  companyHoursPerWeek!: number;

  @Field(() => Float, { description: "Hours per week at the IFAPME centre, on average." })
  centreHoursPerWeek!: number;

  @Field(() => LocalDate, { description: "Day the contract was entered in IFAPME's system." })
  recordedOn!: string;

  @Field(() => Int, { description: "Monthly rétribution (rémunération mensuelle) agreed, in euro cents." })
  monthlyPayCents!: number;
}

/** The referent's dated evaluation of the apprentice's level, in IFAPME codes. */
@ObjectType({
  description: "A referent's dated evaluation of the learner's level (évaluation de niveau), IFAPME codes.",
})
@Directive('@key(fields: "id")')
@LearnerData()
export class IfapmeLevelEvaluation {
  @Field(() => ID)
  id!: string;

  contractId!: string;

  @Field({ description: "IFAPME level code (niveau_code, référentiel NIVEAU): NIV-A, NIV-B, NIV-C." })
  code!: string;

  @Field(() => LocalDate)
  evaluatedOn!: string;

  @Field({ description: "The referent who made the evaluation." })
  referentName!: string;
}
