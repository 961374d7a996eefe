import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { assertIdFormat, clientError, parsePageSize } from "../../kit";
import { CefaCertificate } from "../certificate/CefaCertificate";
import type { CefaContext } from "../context";
import { CefaContract } from "../contract/CefaContract";
import { CefaEnrolment } from "./CefaEnrolment";
import { CefaLearner } from "./CefaLearner";
import { selectLearnerPage } from "./learnerQueries";

/** FWB matricule: 'FWB' and 8 digits. */
export const CEFA_LEARNER_ID = /^FWB\d{8}$/;

/** Root queries for CEFA pupils and their records. */
@Resolver(() => CefaLearner)
export class CefaLearnerResolver {
  @Query(() => CefaLearner, { nullable: true, description: "One CEFA pupil by FWB matricule." })
  async cefaLearner(@Arg("id", () => ID) id: string, @Ctx() ctx: CefaContext): Promise<CefaLearner> {
    assertIdFormat(id, CEFA_LEARNER_ID, "CEFA learner", "FWB00012345");
    const learner = await ctx.learners.load(id);
    if (!learner) throw clientError("OFFA_LEARNER_NOT_FOUND", `No CEFA learner has id ${id}.`, { id });
    return learner;
  }

  @Query(() => [CefaLearner], { description: "CEFA pupils in matricule order; page with `after`." })
  cefaLearners(
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => ID, { nullable: true }) after: string | null,
    @Ctx() ctx: CefaContext,
  ): Promise<CefaLearner[]> {
    return selectLearnerPage(ctx.db, parsePageSize(first), after ?? null);
  }

  @FieldResolver(() => [CefaEnrolment], { description: "Enrolments, one per school year." })
  enrolments(@Root() learner: CefaLearner, @Ctx() ctx: CefaContext): Promise<CefaEnrolment[]> {
    return ctx.enrolmentsByLearner.load(learner.id);
  }

  @FieldResolver(() => [CefaContract], { description: "Contracts, oldest first." })
  contracts(@Root() learner: CefaLearner, @Ctx() ctx: CefaContext): Promise<CefaContract[]> {
    return ctx.contractsByLearner.load(learner.id);
  }

  @FieldResolver(() => [CefaCertificate], { description: "Certificates delivered." })
  certificates(@Root() learner: CefaLearner, @Ctx() ctx: CefaContext): Promise<CefaCertificate[]> {
    return ctx.certificatesByLearner.load(learner.id);
  }
}
