import { Directive, Field, ID, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/**
 * An IFAPME learner (apprenant), identified by IFAPME's own learner number. The national register number
 * (registre_national) stays in IFAPME's store: it is never part of the schema.
 */
@ObjectType({
  description: "An IFAPME learner (apprenant) as IFAPME records them. id = IFAPME learner number.",
})
@Directive('@key(fields: "id")')
@LearnerData()
export class IfapmeLearner {
  @Field(() => ID, { description: "IFAPME learner number (numero): 'IF' and 7 digits, e.g. IF0001234." })
  id!: string;

  @Field()
  lastName!: string;

  @Field()
  firstName!: string;

  @Field(() => LocalDate, { description: "Birth date, YYYY-MM-DD." })
  birthDate!: string;

  @Field({ description: "Commune of residence (localité)." })
  commune!: string;

  @Field()
  postcode!: string;

  @Field({ description: "True when a legal representative is recorded (the learner is or was a minor)." })
  hasLegalRepresentative!: boolean;
}
