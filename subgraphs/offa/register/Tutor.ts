import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { TutorQualification } from "./registerEnums";
import { RegisterData } from "../../kit";

/**
 * A tutor as a person (tuteur désigné, domain.md §4): designated by one enterprise, serving one or more of its
 * units, with the ground of designation and whether they are a tuteur agréé.
 */
@ObjectType({
  description: "A tutor designated by an enterprise (tuteur désigné), serving some of its units.",
})
@Directive('@key(fields: "id")')
@RegisterData()
export class Tutor {
  @Field(() => ID, { description: "OFFA tutor id (TUT- and 7 digits)." })
  id!: string;

  enterpriseNumber!: string;

  @Field()
  fullName!: string;

  @Field(() => TutorQualification)
  qualification!: TutorQualification;

  @Field(() => Float, { description: "Hours of recognised tutoring training followed." })
  trainingHours!: number;

  @Field({
    description:
      "Tuteur agréé: at least 8 h of tutoring training or the competence title 'tuteur' (domain.md §4); the P2 incentive needs one.",
  })
  accredited!: boolean;
}
