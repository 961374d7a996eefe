import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { assertIdFormat, clientError, parsePageSize, RequiresAccess } from "../../kit";
import type { OffaContext } from "../context";
import { Learner } from "./Learner";
import { selectLearnerPage } from "./learnerQueries";
import { scopeLearnerToCaller } from "./scopeLearnerToCaller";

/** OFFA learner id: 'OL' and 10 Crockford base-32 characters. */
export const OFFA_LEARNER_ID = /^OL[0-9A-HJKMNP-TV-Z]{10}$/;

/** Root queries of the cross-provider learner identity. */
@Resolver(() => Learner)
export class LearnerResolver {
  @Query(() => Learner, {
    nullable: true,
    description: "One learner by OFFA id, with records at every provider.",
  })
  async learner(@Arg("id", () => ID) id: string, @Ctx() ctx: OffaContext): Promise<Learner> {
    assertIdFormat(id, OFFA_LEARNER_ID, "OFFA learner", "OL0A1B2C3D4E");
    const learner = await ctx.learners.load(id);
    if (!learner) throw clientError("OFFA_LEARNER_NOT_FOUND", `No learner has id ${id}.`, { id });
    return learner;
  }

  /**
   * The learner's pseudonym in the mobility domain (domain.md §9, bPK pattern): what a mobility officer may keep
   * and compare instead of the national number. Policy `mobility_pseudonym`: mobility officers with a declared
   * purpose only; developers do not see it (a modelling choice: they test it with a mobility officer's
   * development token, as every other role-bound field), nor do provider staff or analysts.
   */
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The learner's pseudonym in the mobility domain (HMAC-SHA256 under the domain's current key, hex): stable for one key, unrelated to the statistics domain's. Mobility officers with a purpose only. Null while the current key's pseudonyms are not imported, or when none of the learner's providers recorded a national number.",
  })
  @RequiresAccess({ scopes: ["learner:read"], policies: ["mobility_pseudonym"] })
  async mobilityPseudonym(@Root() learner: Learner, @Ctx() ctx: OffaContext): Promise<string | null> {
    return (await ctx.mobilityPseudonyms.load(learner.id))?.pseudonym ?? null;
  }

  @Query(() => [Learner], { description: "Learners in id order; page with `after`." })
  async learners(
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => ID, { nullable: true }) after: string | null,
    @Arg("acrossProviders", () => Boolean, {
      nullable: true,
      description: "true: only learners with records at 2+ providers; false: only at one.",
    })
    acrossProviders: boolean | null,
    @Ctx() ctx: OffaContext,
  ): Promise<Learner[]> {
    if (after !== null && after !== undefined)
      assertIdFormat(after, OFFA_LEARNER_ID, "OFFA learner", "OL0A1B2C3D4E");
    const { claims } = ctx.request;
    const onlyProvider = claims?.role === "PROVIDER_STAFF" ? claims.provider : null;
    // Provider staff see one provider's records of each learner: none of them has records at two.
    if (onlyProvider !== null && acrossProviders === true) return [];
    const page = await selectLearnerPage(
      ctx.db,
      parsePageSize(first),
      after ?? null,
      onlyProvider === null ? (acrossProviders ?? null) : null,
      onlyProvider,
    );
    return page
      .map((learner) => scopeLearnerToCaller(learner, claims))
      .filter((l): l is Learner => l !== null);
  }
}
