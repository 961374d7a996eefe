import { Field, ID, ObjectType } from "type-graphql";

/** An IFAPME état of a contract from its start to its end (inclusive; end null: still in force). */
@ObjectType({
  description:
    "An IFAPME état of a contract from its start to its end (inclusive; end null: still in force).",
})
export class IfapmeStatePeriod {
  @Field(() => ID)
  id!: string;

  contractId!: string;

  @Field({ description: "The IFAPME status code." })
  stateCode!: string;

  @Field({ description: "First day (YYYY-MM-DD)." })
  start!: string;

  @Field(() => String, { nullable: true, description: "Last day, inclusive; null while in force." })
  end!: string | null;
}
