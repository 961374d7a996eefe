import { Field, ID, Int, ObjectType } from "type-graphql";
import { IdentityCandidate } from "./IdentityCandidate";

/** A page of the review list, in candidate id order. */
@ObjectType({ description: "A page of identity candidates in id order; pass `endCursor` as `after`." })
export class IdentityCandidatePage {
  @Field(() => [IdentityCandidate])
  nodes!: IdentityCandidate[];

  @Field(() => Int, { description: "Candidates matching the status filter, all pages together." })
  totalCount!: number;

  @Field(() => ID, { nullable: true, description: "The last id of this page; null when the page is empty." })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}
