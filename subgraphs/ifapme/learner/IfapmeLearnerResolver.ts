import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { assertIdFormat, clientError, parsePageSize } from "../../kit";
import { IfapmeCertificate } from "../certificate/IfapmeCertificate";
import type { IfapmeContext } from "../context";
import { IfapmeContract } from "../contract/IfapmeContract";
import { IfapmeEnrolment } from "./IfapmeEnrolment";
import { IfapmeLearner } from "./IfapmeLearner";
import { selectLearnerPage } from "./learnerQueries";

/** IFAPME learner number: 'IF' and 7 digits. */
export const IFAPME_LEARNER_ID = /^IF\d{7}$/;

/** Root queries for IFAPME learners and the fields that read their records. */
@Resolver(() => IfapmeLearner)
export class IfapmeLearnerResolver {
  @Query(() => IfapmeLearner, { nullable: true, description: "One IFAPME learner by IFAPME learner number." })
  async ifapmeLearner(@Arg("id", () => ID) id: string, @Ctx() ctx: IfapmeContext): Promise<IfapmeLearner> {
    assertIdFormat(id, IFAPME_LEARNER_ID, "IFAPME learner", "IF0001234");
    const learner = await ctx.learners.load(id);
    if (!learner) throw clientError("OFFA_LEARNER_NOT_FOUND", `No IFAPME learner has id ${id}.`, { id });
    return learner;
  }

  @Query(() => [IfapmeLearner], { description: "IFAPME learners in number order; page with `after`." })
  ifapmeLearners(
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => ID, { nullable: true }) after: string | null,
    @Ctx() ctx: IfapmeContext,
  ): Promise<IfapmeLearner[]> {
    return selectLearnerPage(ctx.db, parsePageSize(first), after ?? null);
  }

  @FieldResolver(() => [IfapmeEnrolment], { description: "Enrolments, one per training year followed." })
  enrolments(@Root() learner: IfapmeLearner, @Ctx() ctx: IfapmeContext): Promise<IfapmeEnrolment[]> {
    return ctx.enrolmentsByLearner.load(learner.id);
  }

  @FieldResolver(() => [IfapmeContract], { description: "Contracts, oldest first." })
  contracts(@Root() learner: IfapmeLearner, @Ctx() ctx: IfapmeContext): Promise<IfapmeContract[]> {
    return ctx.contractsByLearner.load(learner.id);
  }

  @FieldResolver(() => [IfapmeCertificate], { description: "Titles delivered (titres délivrés)." })
  certificates(@Root() learner: IfapmeLearner, @Ctx() ctx: IfapmeContext): Promise<IfapmeCertificate[]> {
    return ctx.certificatesByLearner.load(learner.id);
  }
}
