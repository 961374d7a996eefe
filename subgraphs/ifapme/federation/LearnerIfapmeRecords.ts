import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { IfapmeContext } from "../context";
import { IfapmeLearner } from "../learner/IfapmeLearner";

/**
 * IFAPME's part of OFFA's cross-provider Learner: OFFA owns the learner and its links (ifapmeLearnerIds);
 * IFAPME turns those ids into its learner records. IFAPME never learns more about the person than the ids.
 */
@ObjectType("Learner")
@Directive('@key(fields: "id")')
export class LearnerIfapmeRecords {
  @Field(() => ID)
  id!: string;

  @Field(() => [ID])
  @Directive("@external")
  ifapmeLearnerIds!: string[];
}

/** Resolves Learner.ifapme from the ids OFFA sends along (@requires). */
@Resolver(() => LearnerIfapmeRecords)
export class LearnerIfapmeRecordsResolver {
  @FieldResolver(() => [IfapmeLearner], { description: "This learner's IFAPME learner records." })
  @Directive('@requires(fields: "ifapmeLearnerIds")')
  async ifapme(@Root() learner: LearnerIfapmeRecords, @Ctx() ctx: IfapmeContext): Promise<IfapmeLearner[]> {
    const records = await ctx.learners.loadMany(learner.ifapmeLearnerIds ?? []);
    // A link to a record IFAPME no longer has is skipped: the registry may lag behind the provider.
    return records.filter((record): record is IfapmeLearner => record !== null && !(record instanceof Error));
  }
}
