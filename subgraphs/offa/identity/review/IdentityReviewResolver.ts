import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { assertIdFormat, parsePageSize, RequiresAccess } from "../../../kit";
import type { OffaContext } from "../../context";
import { providerOfNamespace } from "../Provider";
import { confirmCandidate, rejectCandidate, undoConfirmation } from "./decideIdentityCandidate";
import { IdentityCandidate, IdentityCandidateStatus, type IdentityEvidence } from "./IdentityCandidate";
import { IdentityCandidatePage } from "./IdentityCandidatePage";
import { selectCandidatePage, type IdentityCandidateRow } from "./identityCandidateQueries";

/** Candidate id: 'IC' and 8 digits (offa.identity_candidate). */
const CANDIDATE_ID = /^IC[0-9]{8}$/;

/**
 * Learner-level (`learner:read`, so the audit plugin records every call, refused ones included) and policy
 * `identity_resolution`: mobility officers with the purpose IDENTITY_RESOLUTION only.
 */
const IdentityReview = () =>
  RequiresAccess({ scopes: ["learner:read"], policies: ["learner_access", "identity_resolution"] });

/** The review list of POSSIBLE identity matches and the decisions on them (issue 10, item 1). */
@Resolver()
export class IdentityReviewResolver {
  @Query(() => IdentityCandidatePage, {
    description:
      "POSSIBLE identity matches awaiting a decision (statuses: default [PENDING]), in id order. Mobility officers with the purpose IDENTITY_RESOLUTION only.",
  })
  @IdentityReview()
  async identityCandidates(
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => ID, { nullable: true }) after: string | null,
    @Arg("statuses", () => [IdentityCandidateStatus], { nullable: true })
    statuses: IdentityCandidateStatus[] | null,
    @Ctx() ctx: OffaContext,
  ): Promise<IdentityCandidatePage> {
    const size = parsePageSize(first);
    if (after !== null && after !== undefined)
      assertIdFormat(after, CANDIDATE_ID, "identity candidate", "IC00000001");
    const wanted = statuses?.length ? statuses : [IdentityCandidateStatus.PENDING];
    const { rows, total } = await selectCandidatePage(ctx.db, wanted, size, after ?? null);
    const page = rows.slice(0, size);
    return {
      nodes: await Promise.all(page.map((row) => toCandidate(row, ctx))),
      totalCount: total,
      endCursor: page.at(-1)?.id ?? null,
      hasNextPage: rows.length > size,
    };
  }

  @Mutation(() => IdentityCandidate, {
    description:
      "Records that the two records are one person (who: the token's subject; when: now) and merges the two learners into the older one; the other stays as a tombstone. Refused, changing nothing, when the candidate is not PENDING.",
  })
  @IdentityReview()
  async confirmIdentityCandidate(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: OffaContext,
  ): Promise<IdentityCandidate> {
    const subject = deciderOf(ctx);
    assertIdFormat(id, CANDIDATE_ID, "identity candidate", "IC00000001");
    return toCandidate(await ctx.db.transaction((tx) => confirmCandidate(tx, id, subject)), ctx);
  }

  @Mutation(() => IdentityCandidate, {
    description:
      "Records that the two records are two people (who and when). Refused, changing nothing, when the candidate is not PENDING.",
  })
  @IdentityReview()
  async rejectIdentityCandidate(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: OffaContext,
  ): Promise<IdentityCandidate> {
    const subject = deciderOf(ctx);
    assertIdFormat(id, CANDIDATE_ID, "identity candidate", "IC00000001");
    return toCandidate(await ctx.db.transaction((tx) => rejectCandidate(tx, id, subject)), ctx);
  }

  @Mutation(() => IdentityCandidate, {
    description:
      "Undoes a confirmed candidate: both learners are restored with their own links and the candidate is PENDING again. Refused, changing nothing, when it is not CONFIRMED or a later confirmation moved its links.",
  })
  @IdentityReview()
  async undoIdentityLink(
    @Arg("candidateId", () => ID) candidateId: string,
    @Ctx() ctx: OffaContext,
  ): Promise<IdentityCandidate> {
    deciderOf(ctx);
    assertIdFormat(candidateId, CANDIDATE_ID, "identity candidate", "IC00000001");
    return toCandidate(await ctx.db.transaction((tx) => undoConfirmation(tx, candidateId)), ctx);
  }
}

// The policy has already required a mobility officer's claims (enforceAccess runs before any resolver).
function deciderOf(ctx: OffaContext): string {
  return ctx.request.claims!.subject;
}

async function toCandidate(row: IdentityCandidateRow, ctx: OffaContext): Promise<IdentityCandidate> {
  const [learner, otherLearner] = await Promise.all([
    ctx.learners.load(row.learnerId),
    ctx.learners.load(row.otherLearnerId),
  ]);
  // Loaded after the decision's transaction committed; a linked record always has a learner (foreign key).
  return {
    id: row.id,
    status: row.status,
    record: {
      provider: providerOfNamespace(row.provider),
      providerLearnerId: row.providerLearnerId,
      learner: learner!,
    },
    otherRecord: {
      provider: providerOfNamespace(row.otherProvider),
      providerLearnerId: row.otherProviderLearnerId,
      learner: otherLearner!,
    },
    evidence: row.evidence as unknown as IdentityEvidence,
    conflict: row.conflict,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt === null ? null : new Date(row.decidedAt).toISOString(),
    survivorId: row.merge?.survivor ?? null,
    absorbedId: row.merge?.absorbed ?? null,
  };
}
