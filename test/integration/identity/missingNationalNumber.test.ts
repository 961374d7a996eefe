import { signDevelopmentToken } from "../../../gateway/auth";
import type { ProviderRecordRef } from "../../../scripts/dataset/providerIdentityRows";
import { postGraphQL } from "../../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../../helpers/startTestStack";

/**
 * A national number missing at one provider (issue 10, item 1) through the real stack on PostgreSQL (seed 7,
 * scale 0.01): the providers' migrations 000006 allow it, the generator leaves some records without one
 * (groundTruth NATIONAL_NUMBER_MISSING), `nationalNumber` is null for them without an error, the audit names the
 * learner without a pseudonym, the matcher never links such a record by itself (it waits on the review list), a
 * search by name finds both learners of the person, and a reviewer's confirmation joins them.
 */

const TABLES = {
  cefa: {
    table: "cefa.eleve",
    id: "matricule",
    number: "niss",
    birth: "date_naissance",
    index: "eleve_date_naissance",
  },
  ifapme: {
    table: "ifapme.apprenant",
    id: "numero",
    number: "registre_national",
    birth: "naissance",
    index: "apprenant_naissance",
  },
  sfpme: {
    table: "sfpme.apprenant",
    id: "dossier",
    number: "numero_national",
    birth: "date_naissance",
    index: "apprenant_date_naissance",
  },
} as const;

const NAME_SEARCH = /* GraphQL */ `
  query ($lastName: String!, $firstName: String!, $birthDate: LocalDate!) {
    findLearnersByName(lastName: $lastName, firstName: $firstName, birthDate: $birthDate) {
      results {
        learner {
          id
        }
        records {
          provider
          providerLearnerId
          matchQuality
        }
      }
    }
  }
`;

const SUBJECT = "officer-missing-number-test";
let stack: TestStack;
let officer: string;
/** The records without a number, each with its person's other records. */
let cases: { numberless: ProviderRecordRef; others: ProviderRecordRef[] }[];

const learnerOf = async (ref: ProviderRecordRef) =>
  (
    await stack.stores.offa.query<{ learnerId: string }>(
      `SELECT learner_id AS "learnerId" FROM offa.learner_link WHERE provider = $1 AND provider_learner_id = $2`,
      [ref.provider, ref.providerLearnerId],
    )
  )[0].learnerId;

beforeAll(async () => {
  stack = await startPostgresTestStack();
  officer = await signDevelopmentToken({ role: "MOBILITY_OFFICER", subject: SUBJECT });
  const refs = stack.groundTruth.identities.noise
    .filter((noise) => noise.kind === "NATIONAL_NUMBER_MISSING")
    .flatMap((noise) => noise.records);
  const key = (ref: ProviderRecordRef) => `${ref.provider}:${ref.providerLearnerId}`;
  cases = refs.map((numberless) => ({
    numberless,
    others: stack.groundTruth.people
      .find((person) => person.records.some((r) => key(r) === key(numberless)))!
      .records.filter((r) => key(r) !== key(numberless)),
  }));
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe("a national number missing at one provider", () => {
  it("is allowed by each provider's store (migration 000006), which indexes the birth date for the search by name", async () => {
    for (const [provider, t] of Object.entries(TABLES)) {
      const [column] = await stack.stores.cefa.query<{ nullable: string }>(
        `SELECT is_nullable AS nullable FROM information_schema.columns
          WHERE table_schema = $1 AND table_name = $2 AND column_name = $3`,
        [provider, t.table.split(".")[1], t.number],
      );
      expect(column.nullable).toBe("YES");
      const indexes = await stack.stores.cefa.query<{ name: string }>(
        `SELECT indexname AS name FROM pg_indexes WHERE schemaname = $1 AND indexname = $2`,
        [provider, t.index],
      );
      expect(indexes).toHaveLength(1);
    }
  });

  it("is seeded exactly on the ground truth's records, each a person with records at another provider", async () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
    for (const [provider, t] of Object.entries(TABLES)) {
      const stored = await stack.stores.cefa.query<{ id: string }>(
        `SELECT ${t.id} AS id FROM ${t.table} WHERE ${t.number} IS NULL ORDER BY ${t.id}`,
      );
      expect(stored.map((row) => row.id)).toEqual(
        cases
          .filter((c) => c.numberless.provider === provider)
          .map((c) => c.numberless.providerLearnerId)
          .sort(),
      );
    }
    for (const c of cases) expect(c.others.length).toBeGreaterThanOrEqual(1);
  });

  it("answers nationalNumber null without an error, and audits the read without a pseudonym", async () => {
    const { numberless } = cases[0];
    const field = `${numberless.provider}Learner`;
    const response = await postGraphQL<Record<string, { id: string; nationalNumber: string | null }>>(
      stack.gatewayUrl,
      `query ($id: ID!) { ${field}(id: $id) { id nationalNumber } }`,
      { id: numberless.providerLearnerId },
      { "x-offa-purpose": "IDENTITY_RESOLUTION", "x-request-id": "missing-number-read" },
      officer,
      { nationalNumbersAllowedFor: "MOBILITY_OFFICER_WITH_IDENTIFYING_PURPOSE" },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data![field]).toEqual({ id: numberless.providerLearnerId, nationalNumber: null });
    const [audit] = await stack.stores.cefa.query<{ learners: { id: string; pseudonym: string | null }[] }>(
      `SELECT learners FROM audit_${numberless.provider}.audit_log WHERE request_id = 'missing-number-read'`,
    );
    expect(audit.learners).toEqual([{ id: numberless.providerLearnerId, pseudonym: null }]);
  });

  it("is never linked by the matcher alone: the record is a learner of its own, on the review list with the person's other record", async () => {
    for (const { numberless, others } of cases) {
      const apart = await learnerOf(numberless);
      const person = await learnerOf(others[0]);
      expect(apart).not.toBe(person);
      const pending = await stack.stores.offa.query<{ id: string }>(
        `SELECT c.id FROM offa.identity_candidate c
           JOIN offa.learner_link a ON a.provider = c.provider AND a.provider_learner_id = c.provider_learner_id
           JOIN offa.learner_link b ON b.provider = c.other_provider AND b.provider_learner_id = c.other_provider_learner_id
          WHERE c.status = 'PENDING' AND ((a.learner_id = $1 AND b.learner_id = $2) OR (a.learner_id = $2 AND b.learner_id = $1))`,
        [apart, person],
      );
      expect(pending).toHaveLength(1);
    }
  });

  it("leaves the learner made of that record without a mobility pseudonym, null without an error", async () => {
    const apart = await learnerOf(cases[1].numberless);
    const person = await learnerOf(cases[1].others[0]);
    const response = await postGraphQL<{
      a: { mobilityPseudonym: string | null };
      b: { mobilityPseudonym: string | null };
    }>(
      stack.gatewayUrl,
      `query ($a: ID!, $b: ID!) { a: learner(id: $a) { mobilityPseudonym } b: learner(id: $b) { mobilityPseudonym } }`,
      { a: apart, b: person },
      { "x-offa-purpose": "MOBILITY_FOLLOW_UP" },
      officer,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.a.mobilityPseudonym).toBeNull();
    expect(response.data!.b.mobilityPseudonym).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is found by name with the person's other records, as two learners until a reviewer confirms them one", async () => {
    const { numberless, others } = cases[0];
    const t = TABLES[numberless.provider];
    const [identity] = await stack.stores.cefa.query<{
      lastName: string;
      firstName: string;
      birthDate: string;
    }>(
      `SELECT nom AS "lastName", prenom AS "firstName", to_char(${t.birth}, 'YYYY-MM-DD') AS "birthDate"
         FROM ${t.table} WHERE ${t.id} = $1`,
      [numberless.providerLearnerId],
    );
    const apart = await learnerOf(numberless);
    const person = await learnerOf(others[0]);
    const searchByName = () =>
      postGraphQL<{
        findLearnersByName: {
          results: {
            learner: { id: string };
            records: { providerLearnerId: string; matchQuality: string }[];
          }[];
        };
      }>(stack.gatewayUrl, NAME_SEARCH, identity, { "x-offa-purpose": "IDENTITY_RESOLUTION" }, officer);

    const before = await searchByName();
    expect(before.errors).toBeUndefined();
    const found = before.data!.findLearnersByName.results;
    const numberlessResult = found.find((r) => r.learner.id === apart);
    expect(numberlessResult?.records).toContainEqual({
      providerLearnerId: numberless.providerLearnerId,
      matchQuality: "EXACT",
      provider: numberless.provider.toUpperCase(),
    });
    expect(found.some((r) => r.learner.id === person)).toBe(true);

    const [candidate] = await stack.stores.offa.query<{ id: string }>(
      `SELECT c.id FROM offa.identity_candidate c
        WHERE (c.provider = $1 AND c.provider_learner_id = $2) OR (c.other_provider = $1 AND c.other_provider_learner_id = $2)`,
      [numberless.provider, numberless.providerLearnerId],
    );
    const confirm = await postGraphQL<{ confirmIdentityCandidate: { survivorId: string } }>(
      stack.gatewayUrl,
      `mutation ($id: ID!) { confirmIdentityCandidate(id: $id) { survivorId } }`,
      { id: candidate.id },
      { "x-offa-purpose": "IDENTITY_RESOLUTION" },
      officer,
    );
    expect(confirm.errors).toBeUndefined();
    const after = await searchByName();
    const joined = after.data!.findLearnersByName.results.filter((r) =>
      r.records.some((record) => record.providerLearnerId === numberless.providerLearnerId),
    );
    expect(joined).toHaveLength(1);
    expect(joined[0].learner.id).toBe(confirm.data!.confirmIdentityCandidate.survivorId);
    expect(
      after.data!.findLearnersByName.results.some(
        (r) => r.learner.id === apart && apart !== joined[0].learner.id,
      ),
    ).toBe(false);
  });
});
