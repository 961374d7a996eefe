import { signDevelopmentToken } from "../../../gateway/auth";
import type { Database } from "../../../subgraphs/kit";
import { formatNiss, nissCheckDigits } from "../../../subgraphs/kit/identifiers";
import { postGraphQL } from "../../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../../helpers/startTestStack";

/**
 * Finding a learner through the real gateway (real PostgreSQL, seed 7 at scale 0.01): by national number (its
 * mobility pseudonym) and by OFFA id, each result with its links' match quality; the input validated with a code
 * per kind of mistake; only the roles and purposes allowed; every search audited, and the number in no response
 * and no audit record.
 */

const FIND = /* GraphQL */ `
  query ($nationalNumber: String, $offaId: ID) {
    findLearners(nationalNumber: $nationalNumber, offaId: $offaId) {
      learner {
        id
        providers
      }
      matchedBy
      mergedFrom
      matchQuality
      links {
        provider
        providerLearnerId
        matchQuality
      }
    }
  }
`;

type Found = {
  learner: { id: string; providers: string[] };
  matchedBy: string;
  mergedFrom: string | null;
  matchQuality: string;
  links: { provider: string; providerLearnerId: string; matchQuality: string | null }[];
};

const SUBJECT = "officer-search-test";
let stack: TestStack;
let offa: Database;
let officer: string;
/** A CEFA pupil: the 11 digits of their number and their OFFA learner. */
let pupil: { niss: string; learnerId: string };

/** A number with valid check digits (1900 rule) from its first nine digits. */
const withCheck = (first9: string) => `${first9}${nissCheckDigits(first9, false)}`;

async function find(variables: Record<string, unknown>, purpose = "IDENTITY_RESOLUTION", token?: string) {
  return postGraphQL<{ findLearners: Found[] }>(
    stack.gatewayUrl,
    FIND,
    variables,
    { "x-offa-purpose": purpose },
    token ?? officer,
  );
}

beforeAll(async () => {
  stack = await startPostgresTestStack();
  offa = stack.stores.offa;
  officer = await signDevelopmentToken({ role: "MOBILITY_OFFICER", subject: SUBJECT });
  // The learner with the most provider records, so that link qualities show, whose CEFA record holds a number.
  const linked = await offa.query<{ learnerId: string; matricule: string }>(
    `SELECT learner_id AS "learnerId", min(provider_learner_id) FILTER (WHERE provider = 'cefa') AS matricule
       FROM offa.learner_link GROUP BY learner_id HAVING bool_or(provider = 'cefa')
      ORDER BY count(*) DESC, learner_id LIMIT 20`,
  );
  const numbered = await stack.stores.cefa.query<{ matricule: string; niss: string }>(
    `SELECT matricule, niss FROM cefa.eleve WHERE matricule = ANY($1::text[]) AND niss IS NOT NULL`,
    [linked.map((row) => row.matricule)],
  );
  const chosen = linked.find((row) => numbered.some((e) => e.matricule === row.matricule))!;
  const niss = numbered.find((e) => e.matricule === chosen.matricule)!.niss;
  pupil = { niss: niss.replace(/\D/g, ""), learnerId: chosen.learnerId };
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe("findLearners", () => {
  it("finds a learner by national number (typed with separators) with each link's match quality", async () => {
    const result = await find({ nationalNumber: formatNiss(pupil.niss) });
    expect(result.errors).toBeUndefined();
    const found = result.data!.findLearners;
    expect(found.map((f) => [f.learner.id, f.matchedBy, f.mergedFrom])).toEqual([
      [pupil.learnerId, "NATIONAL_NUMBER", null],
    ]);
    const links = await offa.query<{ provider: string; id: string; quality: string | null }>(
      `SELECT upper(provider) AS provider, provider_learner_id AS id, match_quality AS quality
         FROM offa.learner_link WHERE learner_id = $1 ORDER BY provider, provider_learner_id`,
      [pupil.learnerId],
    );
    expect(found[0].links).toEqual(
      links.map((l) => ({ provider: l.provider, providerLearnerId: l.id, matchQuality: l.quality })),
    );
    expect(found[0].matchQuality).toBe(
      links.length === 1
        ? "SINGLE_RECORD"
        : (["CONFIRMED", "NEEDS_UPDATE", "EXACT"].find((q) => links.some((l) => l.quality === q)) ?? "EXACT"),
    );
  });

  it("finds the same learner by OFFA id, and nobody for a valid number OFFA does not know", async () => {
    const byId = await find({ offaId: pupil.learnerId }, "MOBILITY_FOLLOW_UP");
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.findLearners.map((f) => [f.learner.id, f.matchedBy])).toEqual([
      [pupil.learnerId, "OFFA_ID"],
    ]);

    const unknownId = await find({ offaId: "OL0000000000" });
    expect(unknownId.data!.findLearners).toEqual([]);
    const nobody = await find({ nationalNumber: withCheck("851231998") });
    expect(nobody.errors).toBeUndefined();
    expect(nobody.data!.findLearners).toEqual([]);
  });

  it("accepts a BIS number (month + 20 or + 40) and checks it like a NISS", async () => {
    for (const bis of [withCheck("852730998"), withCheck("854730998")]) {
      const result = await find({ nationalNumber: bis });
      expect(result.errors).toBeUndefined();
      expect(result.data!.findLearners).toEqual([]);
    }
    // Born from 2000: the check digits of '2' + the nine digits.
    const born2005 = `050730998${nissCheckDigits("050730998", true)}`;
    expect((await find({ nationalNumber: born2005 })).errors).toBeUndefined();
  });

  it.each([
    ["not 11 digits", "85.07.30-033", "OFFA_NATIONAL_NUMBER_FORMAT"],
    ["letters", "85O73003328", "OFFA_NATIONAL_NUMBER_FORMAT"],
    ["all zeros", "00000000000", "OFFA_NATIONAL_NUMBER_FORMAT"],
    [
      "wrong check digits",
      `851231998${String((Number(nissCheckDigits("851231998", false)) % 97) + 1).padStart(2, "0")}`,
      "OFFA_NATIONAL_NUMBER_CHECK_DIGITS",
    ],
    ["month 13", withCheck("851330998"), "OFFA_NATIONAL_NUMBER_DATE"],
    ["BIS month 53", withCheck("855330998"), "OFFA_NATIONAL_NUMBER_DATE"],
    ["30 February", withCheck("850230998"), "OFFA_NATIONAL_NUMBER_DATE"],
  ])("refuses a number with %s (%s) with its own code, never repeating it", async (_, value, code) => {
    const result = await find({ nationalNumber: value });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect(JSON.stringify(result)).not.toContain(value);
  });

  it("needs exactly one criterion, and a well-formed OFFA id", async () => {
    const none = await find({});
    expect(none.errors?.map((e) => e.extensions?.code)).toEqual(["OFFA_LEARNER_SEARCH_CRITERIA"]);
    const both = await find({ nationalNumber: pupil.niss, offaId: pupil.learnerId });
    expect(both.errors?.map((e) => e.extensions?.code)).toEqual(["OFFA_LEARNER_SEARCH_CRITERIA"]);
    const malformed = await find({ offaId: "L123" });
    expect(malformed.errors?.map((e) => e.extensions?.code)).toEqual(["OFFA_INPUT_INVALID_ID"]);
  });

  it("searches by number only for a mobility officer with an identifying purpose", async () => {
    const developer = await signDevelopmentToken({ role: "DEVELOPER" });
    const staff = await signDevelopmentToken({ role: "PROVIDER_STAFF", provider: "cefa" });
    for (const [token, purpose] of [
      [officer, "MOBILITY_FOLLOW_UP"],
      [developer, "IDENTITY_RESOLUTION"],
      [staff, "IDENTITY_RESOLUTION"],
    ]) {
      const refused = await find({ nationalNumber: pupil.niss }, purpose, token);
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual([
        "OFFA_LEARNER_SEARCH_NEEDS_IDENTIFYING_PURPOSE",
      ]);
    }
    const analyst = await signDevelopmentToken({ role: "DASHBOARD_ANALYST" });
    const denied = await find({ offaId: pupil.learnerId }, "IDENTITY_RESOLUTION", analyst);
    expect(denied.errors?.map((e) => e.extensions?.code)).toContain("UNAUTHORIZED_FIELD_OR_TYPE");
    // An officer without a purpose is refused at the gateway, before any subgraph.
    const noPurpose = await postGraphQL(stack.gatewayUrl, FIND, { offaId: pupil.learnerId }, {}, officer);
    expect(noPurpose.errors?.map((e) => e.extensions?.code)).toEqual(["OFFA_AUTH_PURPOSE_REQUIRED"]);
  });

  it("finds a learner merged by a confirmed candidate under the surviving learner, and apart again after an undo", async () => {
    const [candidate] = await offa.query<{ id: string }>(
      `SELECT id FROM offa.identity_candidate WHERE status = 'PENDING' ORDER BY id LIMIT 1`,
    );
    const confirm = await postGraphQL<{
      confirmIdentityCandidate: { survivorId: string; absorbedId: string };
    }>(
      stack.gatewayUrl,
      `mutation ($id: ID!) { confirmIdentityCandidate(id: $id) { survivorId absorbedId } }`,
      { id: candidate.id },
      { "x-offa-purpose": "IDENTITY_RESOLUTION" },
      officer,
    );
    expect(confirm.errors).toBeUndefined();
    const { survivorId, absorbedId } = confirm.data!.confirmIdentityCandidate;
    const merged = await find({ offaId: absorbedId });
    expect(merged.data!.findLearners.map((f) => [f.learner.id, f.mergedFrom])).toEqual([
      [survivorId, absorbedId],
    ]);
    expect(merged.data!.findLearners[0].links.some((l) => l.matchQuality === "CONFIRMED")).toBe(true);

    const undo = await postGraphQL(
      stack.gatewayUrl,
      `mutation ($id: ID!) { undoIdentityLink(candidateId: $id) { status } }`,
      { id: candidate.id },
      { "x-offa-purpose": "IDENTITY_RESOLUTION" },
      officer,
    );
    expect(undo.errors).toBeUndefined();
    const apart = await find({ offaId: absorbedId });
    expect(apart.data!.findLearners.map((f) => [f.learner.id, f.mergedFrom])).toEqual([[absorbedId, null]]);
  });

  it("audits every search, those that find nobody or are refused included, and stores no national number", async () => {
    const rows = await offa.query<{ fields: string[]; learners: { id: string }[]; text: string }>(
      `SELECT fields, learners, row_to_json(a)::text AS text FROM audit_offa.audit_log a
        WHERE subject = $1 ORDER BY seq`,
      [SUBJECT],
    );
    const searches = rows.filter((row) => row.fields.includes("Query.findLearners"));
    // 2 finding the pupil, 2 finding nobody, 3 BIS, 7 invalid, 3 criteria, 1 refused by purpose (before the
    // gateway's policy check refuses the purpose-less one, which never reaches OFFA).
    expect(searches.length).toBeGreaterThanOrEqual(18);
    expect(searches.some((row) => row.learners.some((l) => l.id === pupil.learnerId))).toBe(true);
    for (const row of rows) expect(row.text).not.toContain(pupil.niss);
  });
});
