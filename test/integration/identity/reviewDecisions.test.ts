import { signDevelopmentToken } from "../../../gateway/auth";
import type { Role } from "../../../schema/contract/access";
import type { Database } from "../../../subgraphs/kit";
import { postGraphQL } from "../../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../../helpers/startTestStack";

/**
 * The identity review list and its decisions through the real gateway (real PostgreSQL, seed 7 at scale 0.01):
 * who may see and decide, what a confirmation merges, what an undo restores, and that every refused decision
 * changes nothing (the three registry tables read before and after).
 */

const OFFICER = "officer-review-test";
const IDENTITY_RESOLUTION = { "x-offa-purpose": "IDENTITY_RESOLUTION" };

const LIST = /* GraphQL */ `
  query ($first: Int!, $after: ID, $statuses: [IdentityCandidateStatus!]) {
    identityCandidates(first: $first, after: $after, statuses: $statuses) {
      totalCount
      endCursor
      hasNextPage
      nodes {
        id
        status
        record {
          provider
          providerLearnerId
          learner {
            id
            providers
          }
        }
        otherRecord {
          provider
          providerLearnerId
          learner {
            id
            providers
          }
        }
        evidence {
          nationalNumberComparison
          familyNameComparison
          givenNamesComparison
          birthDateComparison
          sameSex
          postcodeComparison
        }
        conflict
        decidedBy
        decidedAt
      }
    }
  }
`;
const DECISION = `id status decidedBy decidedAt survivorId absorbedId
  record { learner { id providers } } otherRecord { learner { id providers } }`;
const CONFIRM = `mutation ($id: ID!) { confirmIdentityCandidate(id: $id) { ${DECISION} } }`;
const REJECT = `mutation ($id: ID!) { rejectIdentityCandidate(id: $id) { ${DECISION} } }`;
const UNDO = `mutation ($id: ID!) { undoIdentityLink(candidateId: $id) { ${DECISION} } }`;

type Decided = {
  id: string;
  status: string;
  decidedBy: string | null;
  decidedAt: string | null;
  survivorId: string | null;
  absorbedId: string | null;
  record: { learner: { id: string; providers: string[] } };
  otherRecord: { learner: { id: string; providers: string[] } };
};

let stack: TestStack;
let db: Database;
let officer: string;
/** Two pending candidates between two different learners: one to confirm and undo, one to reject. */
let toConfirm: string;
let toReject: string;

/** The registry as it stands: every table a decision may touch. */
async function registry(): Promise<unknown[]> {
  return Promise.all([
    db.query(
      `SELECT provider, provider_learner_id, learner_id, match_quality FROM offa.learner_link ORDER BY 1, 2`,
    ),
    db.query(`SELECT id, merged_into FROM offa.learner ORDER BY id`),
    db.query(`SELECT id, status, decided_by, decided_at, merge FROM offa.identity_candidate ORDER BY id`),
  ]);
}

async function asOfficer<Data>(query: string, variables: Record<string, unknown>) {
  return postGraphQL<Data>(stack.gatewayUrl, query, variables, IDENTITY_RESOLUTION, officer);
}

beforeAll(async () => {
  stack = await startPostgresTestStack();
  db = stack.stores.offa;
  officer = await signDevelopmentToken({ role: "MOBILITY_OFFICER", subject: OFFICER });
  const pending = await db.query<{ id: string }>(
    `SELECT c.id FROM offa.identity_candidate c
       JOIN offa.learner_link a ON (a.provider, a.provider_learner_id) = (c.provider, c.provider_learner_id)
       JOIN offa.learner_link b ON (b.provider, b.provider_learner_id) = (c.other_provider, c.other_provider_learner_id)
      WHERE c.status = 'PENDING' AND a.learner_id <> b.learner_id ORDER BY c.id`,
  );
  console.log(`seed 7, scale 0.01: ${pending.length} pending identity candidates planted by the matcher`);
  if (pending.length < 2) {
    // Too few at this scale: two candidates between real learners holding one record each (four learners).
    const singles = await db.query<{ provider: string; id: string }>(
      `SELECT min(provider) AS provider, min(provider_learner_id) AS id FROM offa.learner_link
        GROUP BY learner_id HAVING count(*) = 1 ORDER BY learner_id LIMIT 4`,
    );
    const evidence = JSON.stringify({
      nationalNumber: "MISSING",
      familyName: "SAME",
      givenNames: "SHORTENED",
      birthDate: "SAME",
      sameSex: true,
      postcode: "DIFFERENT",
    });
    for (const [n, [a, b]] of [
      [singles[0], singles[1]],
      [singles[2], singles[3]],
    ].entries()) {
      await db.query(
        `INSERT INTO offa.identity_candidate (id, provider, provider_learner_id, other_provider, other_provider_learner_id, evidence)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
        [`IC9000000${n}`, a.provider, a.id, b.provider, b.id, evidence],
      );
    }
    pending.splice(0, pending.length, { id: "IC90000000" }, { id: "IC90000001" });
  }
  [toConfirm, toReject] = [pending[0].id, pending[1].id];
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe("the identity review list", () => {
  it("shows a mobility officer with IDENTITY_RESOLUTION the pending candidates, their learners and evidence", async () => {
    const result = await asOfficer<{
      identityCandidates: {
        totalCount: number;
        endCursor: string | null;
        hasNextPage: boolean;
        nodes: {
          id: string;
          status: string;
          record: { providerLearnerId: string; learner: { id: string; providers: string[] } };
          otherRecord: { providerLearnerId: string; learner: { id: string; providers: string[] } };
          evidence: { nationalNumberComparison: string; birthDateComparison: string };
          decidedBy: string | null;
        }[];
      };
    }>(LIST, { first: 1 });
    expect(result.errors).toBeUndefined();
    const page = result.data!.identityCandidates;
    const [{ n }] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM offa.identity_candidate WHERE status = 'PENDING'`,
    );
    expect(page.totalCount).toBe(Number(n));
    expect(page.nodes).toHaveLength(1);
    expect(page.hasNextPage).toBe(Number(n) > 1);
    const [candidate] = page.nodes;
    expect(candidate.status).toBe("PENDING");
    expect(candidate.decidedBy).toBeNull();
    expect(candidate.record.learner.id).toMatch(/^OL/);
    expect(candidate.record.learner.id).not.toBe(candidate.otherRecord.learner.id);
    expect(candidate.record.learner.providers.length).toBeGreaterThan(0);
    expect(["SAME", "BIS_REPLACED", "DIFFERENT", "MISSING"]).toContain(
      candidate.evidence.nationalNumberComparison,
    );

    const next = await asOfficer<{ identityCandidates: { nodes: { id: string }[] } }>(LIST, {
      first: 1,
      after: page.endCursor,
    });
    if (page.hasNextPage) expect(next.data!.identityCandidates.nodes[0].id > candidate.id).toBe(true);
  });

  it.each<[string, Role, Record<string, string>]>([
    ["developer", "DEVELOPER", {}],
    [
      "mobility officer following up a learner",
      "MOBILITY_OFFICER",
      { "x-offa-purpose": "MOBILITY_FOLLOW_UP" },
    ],
    ["provider's staff", "PROVIDER_STAFF", {}],
    ["dashboard analyst", "DASHBOARD_ANALYST", {}],
  ])("refuses the list and every decision to a %s, changing nothing", async (_, role, headers) => {
    const token = await signDevelopmentToken({
      role,
      ...(role === "PROVIDER_STAFF" ? { provider: "cefa" } : {}),
    });
    const before = await registry();
    const list = await postGraphQL(stack.gatewayUrl, LIST, { first: 5 }, headers, token);
    expect(list.errors?.map((e) => e.extensions?.code)).toContain("UNAUTHORIZED_FIELD_OR_TYPE");
    expect(list.data?.identityCandidates ?? null).toBeNull();
    for (const mutation of [CONFIRM, REJECT, UNDO]) {
      const decided = await postGraphQL(stack.gatewayUrl, mutation, { id: toConfirm }, headers, token);
      expect(decided.errors?.map((e) => e.extensions?.code)).toContain("UNAUTHORIZED_FIELD_OR_TYPE");
    }
    expect(await registry()).toEqual(before);
  });
});

describe("decisions on a candidate", () => {
  let beforeConfirm: unknown[];
  let confirmed: Decided;

  it("confirms: records who and when, merges the younger learner's links into the older one", async () => {
    beforeConfirm = await registry();
    const started = Date.now();
    const result = await asOfficer<{ confirmIdentityCandidate: Decided }>(CONFIRM, { id: toConfirm });
    expect(result.errors).toBeUndefined();
    confirmed = result.data!.confirmIdentityCandidate;
    expect(confirmed.status).toBe("CONFIRMED");
    expect(confirmed.decidedBy).toBe(OFFICER);
    expect(Date.parse(confirmed.decidedAt!)).toBeGreaterThanOrEqual(started - 5_000);
    // Both records now belong to the survivor, which is the older learner (created first, then smaller id).
    expect(confirmed.record.learner.id).toBe(confirmed.survivorId);
    expect(confirmed.otherRecord.learner.id).toBe(confirmed.survivorId);
    const [older] = await db.query<{ id: string }>(
      `SELECT id FROM offa.learner WHERE id = ANY($1::text[]) ORDER BY created_at, id LIMIT 1`,
      [[confirmed.survivorId, confirmed.absorbedId]],
    );
    expect(older.id).toBe(confirmed.survivorId);
    const tombstone = await db.query<{ merged_into: string; links: number }>(
      `SELECT merged_into, (SELECT count(*)::int FROM offa.learner_link WHERE learner_id = l.id) AS links
         FROM offa.learner l WHERE id = $1`,
      [confirmed.absorbedId],
    );
    expect(tombstone).toEqual([{ merged_into: confirmed.survivorId, links: 0 }]);
    // The absorbed learner's links: now the survivor's, each with a quality (its founding record CONFIRMED).
    type Link = {
      provider: string;
      provider_learner_id: string;
      learner_id: string;
      match_quality: string | null;
    };
    const absorbedLinks = (beforeConfirm[0] as Link[]).filter(
      (link) => link.learner_id === confirmed.absorbedId,
    );
    expect(absorbedLinks.length).toBeGreaterThan(0);
    const now = new Map(
      ((await registry())[0] as Link[]).map((link) => [`${link.provider}:${link.provider_learner_id}`, link]),
    );
    for (const link of absorbedLinks) {
      const moved = now.get(`${link.provider}:${link.provider_learner_id}`)!;
      expect(moved.learner_id).toBe(confirmed.survivorId);
      expect(moved.match_quality).toBe(link.match_quality ?? "CONFIRMED");
    }
  });

  it.each([
    ["confirming it twice", CONFIRM],
    ["rejecting a confirmed one", REJECT],
  ])("refuses %s with OFFA_IDENTITY_CANDIDATE_ALREADY_DECIDED, changing nothing", async (_, mutation) => {
    const before = await registry();
    const result = await asOfficer(mutation, { id: toConfirm });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([
      "OFFA_IDENTITY_CANDIDATE_ALREADY_DECIDED",
    ]);
    expect(await registry()).toEqual(before);
  });

  it("rejects another: recorded; then confirming it, rejecting it again or undoing it are refused, changing nothing", async () => {
    const result = await asOfficer<{ rejectIdentityCandidate: Decided }>(REJECT, { id: toReject });
    expect(result.errors).toBeUndefined();
    const rejected = result.data!.rejectIdentityCandidate;
    expect([rejected.status, rejected.decidedBy, rejected.survivorId]).toEqual(["REJECTED", OFFICER, null]);
    expect(rejected.record.learner.id).not.toBe(rejected.otherRecord.learner.id);

    const before = await registry();
    const refusals = [
      [CONFIRM, "OFFA_IDENTITY_CANDIDATE_ALREADY_DECIDED"],
      [REJECT, "OFFA_IDENTITY_CANDIDATE_ALREADY_DECIDED"],
      [UNDO, "OFFA_IDENTITY_CANDIDATE_NOT_CONFIRMED"],
    ];
    for (const [mutation, code] of refusals) {
      const refused = await asOfficer(mutation, { id: toReject });
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    }
    expect(await registry()).toEqual(before);
  });

  it("refuses an unknown id and a malformed one, changing nothing", async () => {
    const before = await registry();
    for (const mutation of [CONFIRM, REJECT, UNDO]) {
      const unknown = await asOfficer(mutation, { id: "IC99999998" });
      expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(["OFFA_IDENTITY_CANDIDATE_NOT_FOUND"]);
      const malformed = await asOfficer(mutation, { id: "OL0000000000" });
      expect(malformed.errors?.map((e) => e.extensions?.code)).toEqual(["OFFA_INPUT_INVALID_ID"]);
    }
    expect(await registry()).toEqual(before);
  });

  it("undoes the confirmation: the two learners and their links exactly as before, the candidate pending again", async () => {
    const result = await asOfficer<{ undoIdentityLink: Decided }>(UNDO, { id: toConfirm });
    expect(result.errors).toBeUndefined();
    const undone = result.data!.undoIdentityLink;
    expect([undone.status, undone.decidedBy, undone.decidedAt]).toEqual(["PENDING", null, null]);
    expect(undone.record.learner.id).not.toBe(undone.otherRecord.learner.id);
    const after = await registry();
    // Every table as before the confirmation, except the rejection decided in between.
    expect(after[0]).toEqual(beforeConfirm[0]);
    expect(after[1]).toEqual(beforeConfirm[1]);
    const candidates = (rows: unknown) => (rows as { id: string }[]).filter((row) => row.id !== toReject);
    expect(candidates(after[2])).toEqual(candidates(beforeConfirm[2]));

    const again = await asOfficer(UNDO, { id: toConfirm });
    expect(again.errors?.map((e) => e.extensions?.code)).toEqual(["OFFA_IDENTITY_CANDIDATE_NOT_CONFIRMED"]);
  });

  it("is in the audit log: every list and decision, refused ones included, with the officer and the learners", async () => {
    const rows = await db.query<{
      fields: string[];
      subject: string;
      purpose: string;
      learners: { id: string }[];
    }>(
      `SELECT fields, subject, purpose, learners FROM audit_offa.audit_log WHERE subject = $1 ORDER BY seq`,
      [OFFICER],
    );
    const read = (field: string) => rows.filter((row) => row.fields.includes(field));
    expect(read("Query.identityCandidates").length).toBeGreaterThanOrEqual(2);
    // 1 accepted + 1 refused on toConfirm, 1 refused on toReject, 2 refused unknown/malformed ids.
    expect(read("Mutation.confirmIdentityCandidate").length).toBeGreaterThanOrEqual(5);
    expect(read("Mutation.rejectIdentityCandidate").length).toBeGreaterThanOrEqual(5);
    expect(read("Mutation.undoIdentityLink").length).toBeGreaterThanOrEqual(5);
    expect(rows.every((row) => row.purpose === "IDENTITY_RESOLUTION")).toBe(true);
    const confirmation = read("Mutation.confirmIdentityCandidate")[0];
    expect(confirmation.learners.map((learner) => learner.id)).toContain(confirmed.survivorId);
  });
});
