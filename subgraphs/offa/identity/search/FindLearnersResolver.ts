import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import {
  assertIdFormat,
  clientError,
  configuredKeyIds,
  configuredKeys,
  derivePseudonym,
  RequiresAccess,
} from "../../../kit";
import type { OffaContext } from "../../context";
import { OFFA_LEARNER_ID } from "../LearnerResolver";
import { providerOfNamespace } from "../Provider";
import { selectLearnerIdsByPseudonyms } from "../pseudonymQueries";
import { selectLinkQualities, selectLiveLearnerId } from "./learnerSearchQueries";
import { LearnerSearchMatch, LearnerSearchResult } from "./LearnerSearchResult";
import { validateNationalNumber } from "./validateNationalNumber";

/**
 * The purposes whose `needsNationalNumber` is true in schema/contract/access/purposes.ts (policy identify_learner),
 * restated because a subgraph imports only the kit, which does not re-export the policies.
 */
export const IDENTIFYING_PURPOSES: ReadonlySet<string> = new Set([
  "IDENTITY_RESOLUTION",
  "DATA_SUBJECT_REQUEST",
]);

/** Link qualities from weakest to strongest: a learner is as sure as its weakest link. */
const WEAKEST_FIRST = ["CONFIRMED", "NEEDS_UPDATE", "EXACT"];

/**
 * Finding a learner (issue 10, item 2) by national number or OFFA id. By name + birth date: FindLearnersByNameResolver,
 * through the providers' candidates, since OFFA holds no names (README, "Finding a learner").
 */
@Resolver()
export class FindLearnersResolver {
  @Query(() => [LearnerSearchResult], {
    description:
      "Finds a learner by exactly one of: nationalNumber (NISS or BIS; mobility officers with an identifying purpose only; compared through its pseudonym, never stored) or offaId. Empty when nobody matches. Every search is in the audit log.",
  })
  // learner:read: the audit plugin records the search itself, even one that finds nobody or is refused.
  @RequiresAccess({ scopes: ["learner:read"], policies: ["learner_access"] })
  async findLearners(
    @Arg("nationalNumber", () => String, { nullable: true }) nationalNumber: string | null,
    @Arg("offaId", () => ID, { nullable: true }) offaId: string | null,
    @Ctx() ctx: OffaContext,
  ): Promise<LearnerSearchResult[]> {
    const byNumber = nationalNumber !== null && nationalNumber !== undefined;
    const byId = offaId !== null && offaId !== undefined;
    if (byNumber === byId) {
      throw clientError("OFFA_LEARNER_SEARCH_CRITERIA", "Give exactly one of nationalNumber or offaId.", {
        arguments: ["nationalNumber", "offaId"],
      });
    }
    if (byNumber) return this.byNationalNumber(nationalNumber, ctx);
    assertIdFormat(offaId!, OFFA_LEARNER_ID, "OFFA learner", "OL0A1B2C3D4E");
    return this.results([offaId!], LearnerSearchMatch.OFFA_ID, ctx);
  }

  private async byNationalNumber(value: string, ctx: OffaContext): Promise<LearnerSearchResult[]> {
    const claims = ctx.request.claims;
    // The same rule as the number in clear (policy identify_learner): a search by number reveals whose it is.
    if (claims?.role !== "MOBILITY_OFFICER" || !IDENTIFYING_PURPOSES.has(claims.purpose ?? "")) {
      throw clientError(
        "OFFA_LEARNER_SEARCH_NEEDS_IDENTIFYING_PURPOSE",
        "Searching by national number is for mobility officers who declared a purpose that needs it (IDENTITY_RESOLUTION or DATA_SUBJECT_REQUEST).",
        { argument: "nationalNumber" },
      );
    }
    const digits = validateNationalNumber(value);
    // Every configured key of the mobility domain: during a rotation, learners imported under either are found.
    const pseudonyms = configuredKeys(ctx.pseudonymKeys, "mobility").map((key) =>
      derivePseudonym("mobility", digits, key),
    );
    const found = await selectLearnerIdsByPseudonyms(
      ctx.db,
      "mobility",
      pseudonyms,
      configuredKeyIds(ctx.pseudonymKeys, "mobility"),
    );
    return this.results(
      [...new Set(found.map((row) => row.learnerId))],
      LearnerSearchMatch.NATIONAL_NUMBER,
      ctx,
    );
  }

  /** Each id's live learner (following merges), as the caller may see it, with its links' qualities. */
  private async results(
    ids: readonly string[],
    matchedBy: LearnerSearchMatch,
    ctx: OffaContext,
  ): Promise<LearnerSearchResult[]> {
    const live = new Map<string, string>();
    for (const id of ids) {
      const liveId = await selectLiveLearnerId(ctx.db, id);
      if (liveId !== null && !live.has(liveId)) live.set(liveId, id);
    }
    const links = await selectLinkQualities(ctx.db, [...live.keys()]);
    const results: LearnerSearchResult[] = [];
    for (const [liveId, foundId] of live) {
      const learner = await ctx.learners.load(liveId);
      if (!learner) continue; // hidden from this caller (provider staff): exactly as if unknown
      const own = links.filter((link) => link.learnerId === liveId);
      const visible = new Set(learner.providers);
      const shown = own.filter((link) => visible.has(providerOfNamespace(link.provider)));
      const qualities = shown.map((link) => link.matchQuality).filter((q): q is string => q !== null);
      results.push({
        learner,
        matchedBy,
        mergedFrom: foundId === liveId ? null : foundId,
        matchQuality:
          shown.length <= 1 ? "SINGLE_RECORD" : (WEAKEST_FIRST.find((q) => qualities.includes(q)) ?? "EXACT"),
        links: shown.map((link) => ({
          provider: providerOfNamespace(link.provider),
          providerLearnerId: link.providerLearnerId,
          matchQuality: link.matchQuality,
        })),
      });
    }
    return results;
  }
}
