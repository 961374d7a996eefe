import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SfpmeContext } from "../context";
import { SfpmeLearner } from "../learner/SfpmeLearner";
import { SfpmeAllowanceStep, SfpmeContract } from "./SfpmeContract";

/** Fields of an efp contract that need another query: its allowance steps and its learner. */
@Resolver(() => SfpmeContract)
export class SfpmeContractResolver {
  @FieldResolver(() => [SfpmeAllowanceStep], {
    description: "Allowance steps (paliers d'allocation), in date order.",
  })
  allowanceSteps(@Root() contract: SfpmeContract, @Ctx() ctx: SfpmeContext): Promise<SfpmeAllowanceStep[]> {
    return ctx.allowanceStepsByContract.load(contract.id);
  }

  @FieldResolver(() => SfpmeLearner, { nullable: true })
  learner(@Root() contract: SfpmeContract, @Ctx() ctx: SfpmeContext): Promise<SfpmeLearner | null> {
    return ctx.learners.load(contract.learnerId);
  }
}
