import { Directive, Field, Int, ObjectType } from "type-graphql";
import { CodeKind, CodeValidity } from "../../kit";
import { MappingData } from "../../kit";

/** One code of CEFA's vocabulary (or used in its data), with how often the data uses it. */
@ObjectType({ description: "A CEFA-native code: published in CEFA's code lists or used in its data." })
@Directive('@key(fields: "kind code")')
@MappingData()
export class CefaCode extends CodeValidity {
  @Field(() => CodeKind)
  kind!: CodeKind;

  @Field()
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: "CEFA's label; null when the data uses an unpublished code.",
  })
  label!: string | null;

  @Field(() => Int, { description: "Rows of CEFA data that use this code." })
  usage!: number;
}
