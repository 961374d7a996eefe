import { Directive, Field, ID, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/**
 * An efp learner (apprenant), identified by their efp file number (dossier). The national number
 * (numero_national) stays in the SFPME store: it is never part of the schema.
 */
@ObjectType({
  description: "An efp (SFPME) learner (apprenant) as efp records them. id = efp file number (dossier).",
})
@Directive('@key(fields: "id")')
@LearnerData()
export class SfpmeLearner {
  @Field(() => ID, {
    description: "efp file number (dossier): 'EFP-', year, '-', 5 digits, e.g. EFP-2019-00042.",
  })
  id!: string;

  @Field()
  lastName!: string;

  @Field()
  firstName!: string;

  @Field(() => LocalDate, { description: "Birth date, YYYY-MM-DD." })
  birthDate!: string;

  @Field({ description: "Commune of residence." })
  commune!: string;

  @Field()
  postcode!: string;

  @Field({ description: "True when a legal representative is recorded (the learner is or was a minor)." })
  hasLegalRepresentative!: boolean;
}
