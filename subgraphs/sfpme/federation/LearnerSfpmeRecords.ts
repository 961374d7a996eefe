import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { SfpmeContext } from "../context";
import { SfpmeLearner } from "../learner/SfpmeLearner";

/**
 * SFPME's part of OFFA's cross-provider Learner: OFFA owns the learner and its links (sfpmeLearnerIds);
 * SFPME turns those ids into its efp learner records. SFPME never learns more about the person than the ids.
 */
@ObjectType("Learner")
@Directive('@key(fields: "id")')
export class LearnerSfpmeRecords {
  @Field(() => ID)
  id!: string;

  @Field(() => [ID])
  @Directive("@external")
  sfpmeLearnerIds!: string[];
}

/** Resolves Learner.sfpme from the ids OFFA sends along (@requires). */
@Resolver(() => LearnerSfpmeRecords)
export class LearnerSfpmeRecordsResolver {
  @FieldResolver(() => [SfpmeLearner], { description: "This learner's efp (SFPME) learner records." })
  @Directive('@requires(fields: "sfpmeLearnerIds")')
  async sfpme(@Root() learner: LearnerSfpmeRecords, @Ctx() ctx: SfpmeContext): Promise<SfpmeLearner[]> {
    const records = await ctx.learners.loadMany(learner.sfpmeLearnerIds ?? []);
    // A link to a record efp no longer has is skipped: the registry may lag behind the provider.
    return records.filter((record): record is SfpmeLearner => record !== null && !(record instanceof Error));
  }
}
