import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** The company side of an efp contract: enterprise (BCE) and the establishment unit (siège d'exploitation). */
@ObjectType({
  description: "Employer of an efp contract: BCE enterprise and establishment unit (siège d'exploitation).",
})
export class SfpmeEmployer {
  @Field({ description: "BCE enterprise number, 10 digits." })
  enterpriseNumber!: string;

  @Field({ description: "BCE establishment-unit number of the siège d'exploitation, 10 digits." })
  establishmentUnitNumber!: string;

  @Field({ description: "Legal name (raison sociale)." })
  name!: string;

  @Field({ description: "Commune of the siège d'exploitation." })
  commune!: string;

  @Field()
  postcode!: string;
}

/** A contract or convention as efp records it, in efp codes (type de convention, statut, motif de fin). */
@ObjectType({ description: "A contract or convention as efp (SFPME) records it, in efp's own codes." })
@Directive('@key(fields: "id")')
@LearnerData()
export class SfpmeContract {
  @Field(() => ID, {
    description: "efp convention reference: 'CONV/', year, '/', 5 digits, e.g. CONV/2019/00042.",
  })
  id!: string;

  learnerId!: string;

  @Field({
    description:
      "efp convention type code (type_convention, codification CONVENTION): CALT = contrat d'alternance, CSTAGE = convention de stage (classes moyennes), CIP = convention d'immersion professionnelle.",
  })
  typeCode!: string;

  @Field({ description: "efp formation code of the trade, e.g. ALIM-BOUPAT." })
  trainingCode!: string;

  @Field(() => SfpmeEmployer)
  employer!: SfpmeEmployer;

  @Field({ description: "The company's tutor (tuteur)." })
  tutorName!: string;

  @Field({ description: "efp's referent for the contract (délégué à la tutelle)." })
  referentName!: string;

  @Field(() => LocalDate)
  signedOn!: string;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate, { description: "Planned end date (date de fin)." })
  plannedEndOn!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      "Date the contract ended: the date de rupture, or date_fin for one that reached its term (TERMINEE).",
  })
  endedOn!: string | null;

  @Field({
    description: "efp status code (statut, codification STATUT): SIGNEE, ESSAI, ACTIVE, SUSPENDUE, TERMINEE.",
  })
  statusCode!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "efp end-reason code (motif_fin, codification FIN): ECHEANCE, PREAVIS, ACCORD, FM, ENTREPRISE, FAUTE, AGREMENT, DECES.",
  })
  endReasonCode!: string | null;

  @Field(() => Float, { description: "Hours per week in the company, on average." })
  companyHoursPerWeek!: number;

  @Field(() => Float, { description: "Hours per week of courses, on average." })
  courseHoursPerWeek!: number;

  @Field(() => LocalDate, { description: "Day the contract was entered in efp's system." })
  recordedOn!: string;

  @Field(() => Int, { description: "Monthly allowance (allocation mensuelle) agreed, in euro cents." })
  monthlyPayCents!: number;
}

/**
 * An allowance step (palier d'allocation): the training year in force from a date. At efp the allowance follows
 * the training year, rising on 1 August after passed exams, and efp records the step itself.
 * https://www.efp.be/sfpme-1/je-cherche-un-stage/allocation-apprentissage/
 */
@ObjectType({
  description:
    "An allowance step (palier d'allocation): the training year in force from a date (contract start, then 1 August after passed exams), efp codes.",
})
@Directive('@key(fields: "id")')
@LearnerData()
export class SfpmeAllowanceStep {
  @Field(() => ID)
  id!: string;

  contractId!: string;

  @Field({ description: "efp training-year code (annee_code, codification ANNEE): AF1, AF2, AF3." })
  code!: string;

  @Field(() => LocalDate, { description: "Date the step takes effect (effet au)." })
  effectiveFrom!: string;
}
