import { Directive, Field, Int, ObjectType } from "type-graphql";
import { CodeKind, CodeValidity } from "../../kit";
import { MappingData } from "../../kit";

/** One code of IFAPME's vocabulary (référentiel, métiers, or used in its data), with how often the data uses it. */
@ObjectType({
  description:
    "An IFAPME-native code: published in IFAPME's référentiel (NIVEAU → LEVEL, TITRE → CERTIFICATION, TYPE_CONTRAT → CONTRACT_TYPE, ETAT_CONTRAT → CONTRACT_STATUS, RAISON_FIN → END_REASON) or métier catalogue (→ TRADE), or used in its data.",
})
@Directive('@key(fields: "kind code")')
@MappingData()
export class IfapmeCode extends CodeValidity {
  @Field(() => CodeKind)
  kind!: CodeKind;

  @Field({ description: "The IFAPME code, unchanged (e.g. NIV-B, CAP, CAL, A, R03, M0101)." })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: "IFAPME's label; null when the data uses an unpublished code.",
  })
  label!: string | null;

  @Field(() => Int, { description: "Rows of IFAPME data that use this code." })
  usage!: number;
}
