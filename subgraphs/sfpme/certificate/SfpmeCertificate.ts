import { Directive, Field, ID, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** A diploma or certificate efp delivered (diplôme), in efp codes (CERT-APP, DIP-CE, DIP-COORD). */
@ObjectType({ description: "A diploma or certificate efp (SFPME) delivered (diplôme), in efp codes." })
@Directive('@key(fields: "id")')
@LearnerData()
export class SfpmeCertificate {
  @Field(() => ID)
  id!: string;

  learnerId!: string;

  @Field({
    description:
      "efp diploma code (codification DIPLOME): CERT-APP = certificat d'apprentissage, DIP-CE = diplôme de chef d'entreprise, DIP-COORD = diplôme coordination et encadrement.",
  })
  code!: string;

  @Field({ description: "efp formation code of the trade, e.g. ALIM-BOUPAT." })
  trainingCode!: string;

  @Field(() => LocalDate)
  issuedOn!: string;
}
