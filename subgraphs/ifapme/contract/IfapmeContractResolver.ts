import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { IfapmeContext } from "../context";
import { IfapmeLearner } from "../learner/IfapmeLearner";
import { IfapmeContract, IfapmeLevelEvaluation } from "./IfapmeContract";

/** Fields of an IFAPME contract that need another query: its level evaluations and its learner. */
@Resolver(() => IfapmeContract)
export class IfapmeContractResolver {
  @FieldResolver(() => [IfapmeLevelEvaluation], {
    description: "The referent's level evaluations, in date order.",
  })
  levelEvaluations(
    @Root() contract: IfapmeContract,
    @Ctx() ctx: IfapmeContext,
  ): Promise<IfapmeLevelEvaluation[]> {
    return ctx.levelEvaluationsByContract.load(contract.id);
  }

  @FieldResolver(() => IfapmeLearner, { nullable: true })
  learner(@Root() contract: IfapmeContract, @Ctx() ctx: IfapmeContext): Promise<IfapmeLearner | null> {
    return ctx.learners.load(contract.learnerId);
  }
}
