import { Directive, Field, ID, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/**
 * A CEFA pupil (élève), identified by their FWB matricule. The national number stays in CEFA's store: it is
 * never part of the schema.
 */
@ObjectType({ description: "A CEFA pupil (élève) as CEFA records them. id = FWB matricule." })
@Directive('@key(fields: "id")')
@LearnerData()
export class CefaLearner {
  @Field(() => ID, { description: "FWB matricule, e.g. FWB00012345." })
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

  @Field({ description: "True when a legal representative is recorded (the pupil is or was a minor)." })
  hasLegalRepresentative!: boolean;
}
