import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** An IFAPME training site: one of IFAPME's centres in Wallonia, where the centre-side courses run. */
@ObjectType({ description: "An IFAPME training site (centre) in Wallonia." })
export class IfapmeSite {
  @Field(() => ID, {
    description: "IFAPME site id (native); efp records it as lieu_cours for Brussels learners.",
  })
  id!: string;

  @Field()
  name!: string;

  @Field()
  commune!: string;

  @Field()
  postcode!: string;
}

/** A trade (métier) of IFAPME's catalogue, in IFAPME codes. */
@ObjectType({ description: "A trade (métier) of IFAPME's catalogue." })
export class IfapmeTrade {
  @Field(() => ID, { description: "IFAPME métier code (native), e.g. M0101." })
  code!: string;

  @Field({ description: "IFAPME's title of the trade; the code itself when the catalogue lacks the code." })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: "IFAPME sector (secteur); null when the métier code is missing from the catalogue.",
  })
  sector!: string | null;
}

/** One training year an IFAPME learner follows (inscription), in the apprenticeship or chef d'entreprise track. */
@ObjectType({ description: "One training year followed at IFAPME (inscription)." })
@LearnerData()
export class IfapmeEnrolment {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Training session (academic year), e.g. 2019-2020." })
  session!: string;

  @Field({
    description:
      "IFAPME track (filière): APPRENTISSAGE (apprenticeship, training years 1-3) or CHEF_ENTREPRISE (adults, 18+).",
  })
  track!: string;

  @Field(() => Int, { description: "Training year within the track (1 to 3)." })
  trainingYear!: number;

  @Field(() => IfapmeSite)
  site!: IfapmeSite;

  @Field(() => IfapmeTrade)
  trade!: IfapmeTrade;

  @Field(() => LocalDate)
  enrolledOn!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Date the learner dropped out (abandon), if they did.",
  })
  droppedOutOn!: string | null;

  @Field({
    description:
      "Operator holding the contract (opérateur contrat): IFAPME, or SFPME when a Brussels (efp) learner follows IFAPME courses for a trade efp does not teach.",
  })
  contractProvider!: string;
}
