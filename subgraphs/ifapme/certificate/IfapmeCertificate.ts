import { Directive, Field, ID, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** A title IFAPME delivered (titre délivré), in IFAPME codes (CAP, DCE). */
@ObjectType({ description: "A title IFAPME delivered (titre délivré), in IFAPME codes." })
@Directive('@key(fields: "id")')
@LearnerData()
export class IfapmeCertificate {
  @Field(() => ID)
  id!: string;

  learnerId!: string;

  @Field({
    description:
      "IFAPME title code (titre_code, référentiel TITRE): CAP = certificat d'apprentissage, DCE = diplôme de chef d'entreprise.",
  })
  code!: string;

  @Field({ description: "IFAPME métier code of the trade, e.g. M0101." })
  tradeCode!: string;

  @Field(() => LocalDate)
  issuedOn!: string;
}
