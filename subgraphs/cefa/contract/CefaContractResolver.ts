import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { CefaContext } from "../context";
import { CefaLearner } from "../learner/CefaLearner";
import { CefaContract, CefaLevelDecision } from "./CefaContract";

/** Fields of a CEFA contract that need another query: its palier decisions and its pupil. */
@Resolver(() => CefaContract)
export class CefaContractResolver {
  @FieldResolver(() => [CefaLevelDecision], {
    description: "The referent's palier decisions, in date order.",
  })
  levelDecisions(@Root() contract: CefaContract, @Ctx() ctx: CefaContext): Promise<CefaLevelDecision[]> {
    return ctx.levelDecisionsByContract.load(contract.id);
  }

  @FieldResolver(() => CefaLearner, { nullable: true })
  learner(@Root() contract: CefaContract, @Ctx() ctx: CefaContext): Promise<CefaLearner | null> {
    return ctx.learners.load(contract.learnerId);
  }
}
