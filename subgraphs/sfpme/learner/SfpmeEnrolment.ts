import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** A training (formation) of efp's catalogue, in efp codes. */
@ObjectType({ description: "A training (formation) of efp's catalogue." })
export class SfpmeTraining {
  @Field(() => ID, { description: "efp formation code (native), e.g. ALIM-BOUPAT." })
  code!: string;

  @Field({ description: "efp's title of the training; the code itself when the catalogue lacks the code." })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "efp trade family (famille de métiers); null when the formation code is missing from the catalogue.",
  })
  family!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether efp teaches it (enseignée efp); false: a Brussels contract whose courses run at an IFAPME centre. Null when the formation code is missing from the catalogue.",
  })
  taughtByEfp!: boolean | null;
}

/** One academic year an efp learner is enrolled (inscription), in a programme. */
@ObjectType({ description: "One academic year of enrolment at efp (inscription), 1 September to 31 August." })
@LearnerData()
export class SfpmeEnrolment {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Academic year (année académique), e.g. 2019-2020." })
  academicYear!: string;

  @Field({
    description:
      "efp programme: APPRENTISSAGE (apprenticeship, years 1-3), CHEF_ENTREPRISE (adults) or COORDINATION (coordination et encadrement).",
  })
  programme!: string;

  @Field(() => Int, { description: "Training year within the programme (1 to 3)." })
  trainingYear!: number;

  @Field(() => SfpmeTraining)
  training!: SfpmeTraining;

  @Field({
    description:
      "Where the courses run (lieu de cours): EFP-UCCLE, or an IFAPME site id when efp does not teach the trade.",
  })
  courseLocation!: string;

  @Field(() => String, {
    nullable: true,
    description: "End-of-year exam result (résultat d'examen): REUSSI, ECHEC or ABSENT; null while unknown.",
  })
  examResult!: string | null;

  @Field(() => LocalDate)
  enrolledOn!: string;
}
