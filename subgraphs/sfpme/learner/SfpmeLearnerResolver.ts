import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { assertIdFormat, clientError, parsePageSize } from "../../kit";
import { SfpmeCertificate } from "../certificate/SfpmeCertificate";
import type { SfpmeContext } from "../context";
import { SfpmeContract } from "../contract/SfpmeContract";
import { SfpmeEnrolment } from "./SfpmeEnrolment";
import { SfpmeLearner } from "./SfpmeLearner";
import { selectLearnerPage } from "./learnerQueries";

/** efp file number (dossier): 'EFP-', a 4-digit year, '-', 5 digits. */
export const SFPME_LEARNER_ID = /^EFP-\d{4}-\d{5}$/;

/** Root queries for efp learners and the fields that read their records. */
@Resolver(() => SfpmeLearner)
export class SfpmeLearnerResolver {
  @Query(() => SfpmeLearner, { nullable: true, description: "One efp (SFPME) learner by efp file number." })
  async sfpmeLearner(@Arg("id", () => ID) id: string, @Ctx() ctx: SfpmeContext): Promise<SfpmeLearner> {
    assertIdFormat(id, SFPME_LEARNER_ID, "SFPME learner", "EFP-2019-00042");
    const learner = await ctx.learners.load(id);
    if (!learner) throw clientError("OFFA_LEARNER_NOT_FOUND", `No SFPME learner has id ${id}.`, { id });
    return learner;
  }

  @Query(() => [SfpmeLearner], {
    description: "efp (SFPME) learners in file-number order; page with `after`.",
  })
  sfpmeLearners(
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => ID, { nullable: true }) after: string | null,
    @Ctx() ctx: SfpmeContext,
  ): Promise<SfpmeLearner[]> {
    return selectLearnerPage(ctx.db, parsePageSize(first), after ?? null);
  }

  @FieldResolver(() => [SfpmeEnrolment], { description: "Enrolments, one per academic year." })
  enrolments(@Root() learner: SfpmeLearner, @Ctx() ctx: SfpmeContext): Promise<SfpmeEnrolment[]> {
    return ctx.enrolmentsByLearner.load(learner.id);
  }

  @FieldResolver(() => [SfpmeContract], { description: "Contracts and conventions, oldest first." })
  contracts(@Root() learner: SfpmeLearner, @Ctx() ctx: SfpmeContext): Promise<SfpmeContract[]> {
    return ctx.contractsByLearner.load(learner.id);
  }

  @FieldResolver(() => [SfpmeCertificate], { description: "Diplomas and certificates delivered (diplômes)." })
  certificates(@Root() learner: SfpmeLearner, @Ctx() ctx: SfpmeContext): Promise<SfpmeCertificate[]> {
    return ctx.certificatesByLearner.load(learner.id);
  }
}
