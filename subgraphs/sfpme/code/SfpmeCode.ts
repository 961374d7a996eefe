import { Directive, Field, Int, ObjectType } from "type-graphql";
import { CodeKind, CodeValidity } from "../../kit";
import { MappingData } from "../../kit";

/** One code of efp's vocabulary (codification, formations, or used in its data), with how often the data uses it. */
@ObjectType({
  description:
    "An efp (SFPME)-native code: published in efp's codification (ANNEE → LEVEL, DIPLOME → CERTIFICATION, CONVENTION → CONTRACT_TYPE, STATUT → CONTRACT_STATUS, FIN → END_REASON) or formation catalogue (→ TRADE), or used in its data.",
})
@Directive('@key(fields: "kind code")')
@MappingData()
export class SfpmeCode extends CodeValidity {
  @Field(() => CodeKind)
  kind!: CodeKind;

  @Field({
    description: "The efp code, unchanged (e.g. AF2, CERT-APP, CALT, ACTIVE, ECHEANCE, ALIM-BOUPAT).",
  })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: "efp's label; null when the data uses an unpublished code.",
  })
  label!: string | null;

  @Field(() => Int, { description: "Rows of efp data that use this code." })
  usage!: number;
}
