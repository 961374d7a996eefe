import { Field, ObjectType } from "type-graphql";
import { LocalDate } from "../../../schema/contract/scalars";

/**
 * The days a provider code could be used for a new record, as each provider's code list dates it: shared by the
 * three code entities (CefaCode…), whose other fields carry each provider's own words. Never a type of its own.
 */
// Never emitted as a type of its own: only its subclasses are reachable from a schema.
@ObjectType()
export abstract class CodeValidity {
  @Field(() => LocalDate, {
    nullable: true,
    description: "First day the code could be used for a new record (YYYY-MM-DD); null = since always.",
  })
  validFrom!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Last day the code could be used for a new record (a retired code); null = still in use.",
  })
  validTo!: string | null;
}
