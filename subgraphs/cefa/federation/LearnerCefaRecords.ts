import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { CefaContext } from "../context";
import { CefaLearner } from "../learner/CefaLearner";

/**
 * CEFA's part of OFFA's cross-provider Learner: OFFA owns the learner and its links (cefaLearnerIds);
 * CEFA turns those ids into its pupil records. CEFA never learns more about the person than the ids.
 */
@ObjectType("Learner")
@Directive('@key(fields: "id")')
export class LearnerCefaRecords {
  @Field(() => ID)
  id!: string;

  @Field(() => [ID])
  @Directive("@external")
  cefaLearnerIds!: string[];
}

/** Resolves Learner.cefa from the ids OFFA sends along (@requires). */
@Resolver(() => LearnerCefaRecords)
export class LearnerCefaRecordsResolver {
  @FieldResolver(() => [CefaLearner], { description: "This learner's CEFA pupil records." })
  @Directive('@requires(fields: "cefaLearnerIds")')
  async cefa(@Root() learner: LearnerCefaRecords, @Ctx() ctx: CefaContext): Promise<CefaLearner[]> {
    const records = await ctx.learners.loadMany(learner.cefaLearnerIds ?? []);
    // A link to a record CEFA no longer has is skipped: the registry may lag behind the provider.
    return records.filter((record): record is CefaLearner => record !== null && !(record instanceof Error));
  }
}
