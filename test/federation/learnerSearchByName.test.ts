import { signDevelopmentToken } from "../../gateway/auth";
import { captureLogOutput, type CapturedLogOutput } from "../../schema/contract/observability";
import { postGraphQL } from "../helpers/graphql";
import { DEVELOPER_CLAIMS, postSignedToSubgraph } from "../helpers/signedSubgraphRequest";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

/**
 * Finding a learner by last name + first name + birth date through the whole stack on real PostgreSQL (issue 10,
 * item 2): each provider sends its learners born that day or on the transposed day (LearnerNameSearch.
 * <provider>Candidates, @requires), OFFA judges them with the matcher's comparisons and groups them through its
 * registry. Fixture people are written into the stores here, born in the 1950s where no generated learner is
 * (checked): one person at the three providers with accents, given names swapped, a typo and a
 * day/month swap; two namesakes born the same day at two providers (two OFFA learners); a sibling with another
 * given name; a stranger with another family name.
 */

const SEARCH = /* GraphQL */ `
  query ($lastName: String!, $firstName: String!, $birthDate: LocalDate!) {
    findLearnersByName(lastName: $lastName, firstName: $firstName, birthDate: $birthDate) {
      results {
        learner {
          id
          providers
        }
        matchQuality
        records {
          provider
          providerLearnerId
          matchQuality
          familyNameComparison
          givenNamesComparison
          birthDateComparison
        }
      }
    }
  }
`;

type Result = {
  learner: { id: string; providers: string[] };
  matchQuality: string;
  records: {
    provider: string;
    providerLearnerId: string;
    matchQuality: string;
    familyNameComparison: string;
    givenNamesComparison: string;
    birthDateComparison: string;
  }[];
};
type Search = { findLearnersByName: { results: Result[] | null } | null };

const SUBJECT = "officer-name-search-test";
/** Léa Marie Van den Bossche, born 7 April 1957: CEFA as on her card, IFAPME and efp with variants. */
const LEA = { learnerId: "OLFX0000A001", cefa: "FWB90000001", ifapme: "IF9000001", sfpme: "EFP-1957-90001" };
/** Two men named Lucas Martin born 10 May 1958, at CEFA and at IFAPME; Hugo Martin, born that day, at efp. */
const NAMESAKES = {
  cefa: { learnerId: "OLFX0000B001", id: "FWB90000002" },
  ifapme: { learnerId: "OLFX0000B002", id: "IF9000002" },
  sibling: { learnerId: "OLFX0000B003", id: "EFP-1958-90002" },
  stranger: { learnerId: "OLFX0000C001", id: "FWB90000003" },
};

/** Anna Solo, born 3 March 1956, alone on her day (CEFA). */
const SOLO = { learnerId: "OLFX0000D001", id: "FWB90000004" };
/** Every fixture day and its transposition: no generated learner may be born on one. */
const FIXTURE_DAYS = [
  "1957-04-07",
  "1957-07-04",
  "1958-05-10",
  "1958-10-05",
  "1956-03-03",
  "1955-06-09",
  "1955-09-06",
];

let stack: TestStack;
let officer: string;
let logs: CapturedLogOutput;
const previousLevel = process.env.LOG_LEVEL;

async function search(
  variables: { lastName: string; firstName: string; birthDate: string },
  token = officer,
  purpose: string | null = "MOBILITY_FOLLOW_UP",
) {
  return postGraphQL<Search>(
    stack.gatewayUrl,
    SEARCH,
    variables,
    purpose === null ? {} : { "x-offa-purpose": purpose },
    token,
  );
}

beforeAll(async () => {
  // Read by every server at start: info is where the request lines are, which must never carry a searched name.
  process.env.LOG_LEVEL = "info";
  logs = captureLogOutput();
  stack = await startPostgresTestStack();
  officer = await signDevelopmentToken({ role: "MOBILITY_OFFICER", subject: SUBJECT });
  const { cefa, ifapme, sfpme, offa } = stack.stores;
  await cefa.query(
    `INSERT INTO cefa.eleve (matricule, niss, nom, prenom, date_naissance, sexe, commune, code_postal)
     VALUES ($1, NULL, 'Van den Bossche', 'Léa Marie', '1957-04-07', 'F', 'Namur', '5000'),
            ($2, NULL, 'Martin', 'Lucas', '1958-05-10', 'M', 'Liège', '4000'),
            ($3, NULL, 'Dupont', 'Lucas', '1958-05-10', 'M', 'Mons', '7000')`,
    [LEA.cefa, NAMESAKES.cefa.id, NAMESAKES.stranger.id],
  );
  await ifapme.query(
    `INSERT INTO ifapme.apprenant (numero, registre_national, nom, prenom, naissance, genre, localite, code_postal)
     VALUES ($1, NULL, 'Vandenbossche', 'Marie Lea', '1957-04-07', 'F', 'Namur', '5000'),
            ($2, NULL, 'MARTIN', 'Lucas', '1958-05-10', 'H', 'Charleroi', '6000')`,
    [LEA.ifapme, NAMESAKES.ifapme.id],
  );
  await sfpme.query(
    `INSERT INTO sfpme.apprenant (dossier, numero_national, nom, prenom, date_naissance, sexe, commune, code_postal)
     VALUES ($1, NULL, 'Van den Bosche', 'Léa Marie', '1957-07-04', 'F', 'Uccle', '1180'),
            ($2, NULL, 'Martin', 'Hugo', '1958-05-10', 'M', 'Uccle', '1180')`,
    [LEA.sfpme, NAMESAKES.sibling.id],
  );
  // The crowd: 40 CEFA pupils named Lambert born on 9 June 1955 or its transposition, each an OFFA learner; and
  // one pupil alone on her day. The statement count must not tell them apart.
  await cefa.query(
    `INSERT INTO cefa.eleve (matricule, niss, nom, prenom, date_naissance, sexe, commune, code_postal)
     SELECT 'FWB9100' || lpad(i::text, 4, '0'), NULL, 'Lambert', 'Zoé ' || chr(65 + i % 26) || 'line',
            CASE WHEN i % 2 = 0 THEN date '1955-06-09' ELSE date '1955-09-06' END, 'F', 'Namur', '5000'
       FROM generate_series(0, 39) AS i`,
  );
  await cefa.query(
    `INSERT INTO cefa.eleve (matricule, niss, nom, prenom, date_naissance, sexe, commune, code_postal)
     VALUES ($1, NULL, 'Solo', 'Anna', '1956-03-03', 'F', 'Namur', '5000')`,
    [SOLO.id],
  );
  const clash = await cefa.query<{ n: number }>(
    `SELECT ((SELECT count(*) FROM cefa.eleve WHERE date_naissance = ANY($1::date[]) AND matricule NOT LIKE 'FWB9%')
           + (SELECT count(*) FROM ifapme.apprenant WHERE naissance = ANY($1::date[]) AND numero NOT LIKE 'IF9%')
           + (SELECT count(*) FROM sfpme.apprenant WHERE date_naissance = ANY($1::date[]) AND dossier NOT LIKE 'EFP-195%'))::int AS n`,
    [FIXTURE_DAYS],
  );
  expect(clash[0].n).toBe(0);
  const crowd = Array.from({ length: 40 }, (_, i) => ({
    id: `FWB9100${String(i).padStart(4, "0")}`,
    learnerId: `OLFX0001${String(i).padStart(4, "0")}`,
  }));
  const learners = [
    LEA.learnerId,
    ...Object.values(NAMESAKES).map((n) => n.learnerId),
    SOLO.learnerId,
    ...crowd.map((c) => c.learnerId),
  ];
  await offa.query(`INSERT INTO offa.learner (id) SELECT unnest($1::text[])`, [learners]);
  await offa.query(
    `INSERT INTO offa.learner_link (provider, provider_learner_id, learner_id, match_quality)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
    [
      ["cefa", "ifapme", "sfpme", "cefa", "ifapme", "sfpme", "cefa", "cefa", ...crowd.map(() => "cefa")],
      [
        LEA.cefa,
        LEA.ifapme,
        LEA.sfpme,
        NAMESAKES.cefa.id,
        NAMESAKES.ifapme.id,
        NAMESAKES.sibling.id,
        NAMESAKES.stranger.id,
        SOLO.id,
        ...crowd.map((c) => c.id),
      ],
      [
        LEA.learnerId,
        LEA.learnerId,
        LEA.learnerId,
        ...Object.values(NAMESAKES).map((n) => n.learnerId),
        SOLO.learnerId,
        ...crowd.map((c) => c.learnerId),
      ],
      [null, "CONFIRMED", "CONFIRMED", null, null, null, null, null, ...crowd.map(() => null)],
    ],
  );
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  logs?.stop();
  if (previousLevel === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = previousLevel;
});

describe("findLearnersByName", () => {
  it("finds a person across providers despite accents, swapped given names, a typo and a day/month swap, each record with its quality", async () => {
    const result = await search({
      lastName: "Van den Bossche",
      firstName: "Lea Marie",
      birthDate: "1957-04-07",
    });
    expect(result.errors).toBeUndefined();
    const results = result.data!.findLearnersByName!.results!;
    expect(results.map((r) => [r.learner.id, r.matchQuality])).toEqual([[LEA.learnerId, "EXACT"]]);
    expect(results[0].learner.providers.sort()).toEqual(["CEFA", "IFAPME", "SFPME"]);
    expect(results[0].records).toEqual([
      // Accents, case and given-name order aside: the identity as searched.
      {
        provider: "CEFA",
        providerLearnerId: LEA.cefa,
        matchQuality: "EXACT",
        familyNameComparison: "SAME",
        givenNamesComparison: "SAME",
        birthDateComparison: "SAME",
      },
      {
        provider: "IFAPME",
        providerLearnerId: LEA.ifapme,
        matchQuality: "EXACT",
        familyNameComparison: "SAME",
        givenNamesComparison: "SAME",
        birthDateComparison: "SAME",
      },
      // A letter dropped and the date typed day-first: two discrepancies, within the matcher's tolerance.
      {
        provider: "SFPME",
        providerLearnerId: LEA.sfpme,
        matchQuality: "NEEDS_UPDATE",
        familyNameComparison: "TYPO",
        givenNamesComparison: "SAME",
        birthDateComparison: "TRANSPOSED",
      },
    ]);
  });

  it("finds the same person from a mistyped family name and the transposed date, as NEEDS_UPDATE", async () => {
    const result = await search({ lastName: "Vandenbosshe", firstName: "Léa", birthDate: "1957-07-04" });
    expect(result.errors).toBeUndefined();
    const [found] = result.data!.findLearnersByName!.results!;
    expect(found.learner.id).toBe(LEA.learnerId);
    expect(found.matchQuality).toBe("NEEDS_UPDATE");
    expect(
      found.records.map((r) => [
        r.provider,
        r.matchQuality,
        r.familyNameComparison,
        r.givenNamesComparison,
        r.birthDateComparison,
      ]),
    ).toEqual([
      ["CEFA", "NEEDS_UPDATE", "TYPO", "SHORTENED", "TRANSPOSED"],
      ["IFAPME", "NEEDS_UPDATE", "TYPO", "SHORTENED", "TRANSPOSED"],
      ["SFPME", "NEEDS_UPDATE", "TYPO", "SHORTENED", "SAME"],
    ]);
  });

  it("returns namesakes born the same day as two learners, both EXACT and never merged; a sibling as POSSIBLE; a stranger not at all", async () => {
    const result = await search({ lastName: "martin", firstName: "LUCAS", birthDate: "1958-05-10" });
    expect(result.errors).toBeUndefined();
    const results = result.data!.findLearnersByName!.results!;
    expect(
      results.map((r) => [r.learner.id, r.matchQuality, r.records.map((x) => x.providerLearnerId)]),
    ).toEqual([
      [NAMESAKES.cefa.learnerId, "EXACT", [NAMESAKES.cefa.id]],
      [NAMESAKES.ifapme.learnerId, "EXACT", [NAMESAKES.ifapme.id]],
      [NAMESAKES.sibling.learnerId, "POSSIBLE", [NAMESAKES.sibling.id]],
    ]);
    expect(JSON.stringify(results)).not.toContain(NAMESAKES.stranger.id);
  });

  it("shows provider staff their own provider's records only, and refuses roles without learner access", async () => {
    const staff = await signDevelopmentToken({ role: "PROVIDER_STAFF", provider: "ifapme" });
    const own = await search(
      { lastName: "Martin", firstName: "Lucas", birthDate: "1958-05-10" },
      staff,
      null,
    );
    expect(own.errors).toBeUndefined();
    expect(
      own.data!.findLearnersByName!.results!.map((r) => [r.learner.id, r.records.map((x) => x.provider)]),
    ).toEqual([[NAMESAKES.ifapme.learnerId, ["IFAPME"]]]);

    const analyst = await signDevelopmentToken({ role: "DASHBOARD_ANALYST" });
    const denied = await search({ lastName: "Martin", firstName: "Lucas", birthDate: "1958-05-10" }, analyst);
    expect(denied.errors?.map((e) => e.extensions?.code)).toContain("UNAUTHORIZED_FIELD_OR_TYPE");
    expect(JSON.stringify(denied.data ?? null)).not.toContain(NAMESAKES.cefa.learnerId);

    const noPurpose = await search(
      { lastName: "Martin", firstName: "Lucas", birthDate: "1958-05-10" },
      officer,
      null,
    );
    expect(noPurpose.errors?.map((e) => e.extensions?.code)).toEqual(["OFFA_AUTH_PURPOSE_REQUIRED"]);
  });

  it.each([
    [
      "an empty last name",
      { lastName: "  ", firstName: "Lucas", birthDate: "1958-05-10" },
      "OFFA_LEARNER_SEARCH_NAME_EMPTY",
    ],
    [
      "a first name without letters",
      { lastName: "Martin", firstName: "-- '", birthDate: "1958-05-10" },
      "OFFA_LEARNER_SEARCH_NAME_EMPTY",
    ],
    [
      "a last name over the cap",
      { lastName: "Martinez".repeat(13), firstName: "Lucas", birthDate: "1958-05-10" },
      "OFFA_LEARNER_SEARCH_NAME_TOO_LONG",
    ],
    [
      "30 February",
      { lastName: "Martin", firstName: "Lucas", birthDate: "1958-02-30" },
      // The LocalDate scalar refuses it while coercing the variables, as every date of the schema.
      "BAD_USER_INPUT",
    ],
    [
      "a day-first date",
      { lastName: "Martin", firstName: "Lucas", birthDate: "10/05/1958" },
      "BAD_USER_INPUT",
    ],
    [
      "a future date",
      { lastName: "Martin", firstName: "Lucas", birthDate: "2999-01-01" },
      "OFFA_LEARNER_SEARCH_BIRTH_DATE_FUTURE",
    ],
  ])(
    "refuses %s with its own code, before any provider is asked, never repeating the name",
    async (_, variables, code) => {
      for (const name of ["cefa", "ifapme", "sfpme"] as const) stack.counters[name].reset();
      const result = await search(variables);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      expect(JSON.stringify(result.errors)).not.toContain(variables.lastName.trim() || "\u0000");
      for (const name of ["cefa", "ifapme", "sfpme"] as const) expect(stack.counters[name].count()).toBe(0);
    },
  );

  it("costs the same statements in every subgraph whatever the number of candidates and results", async () => {
    const counts = async (variables: { lastName: string; firstName: string; birthDate: string }) => {
      for (const counter of Object.values(stack.counters)) counter.reset();
      const result = await search(variables);
      expect(result.errors).toBeUndefined();
      const results = result.data!.findLearnersByName!.results!;
      const statements = Object.fromEntries(
        Object.entries(stack.counters).map(([name, counter]) => [name, counter.count()]),
      );
      return { results: results.length, statements };
    };
    const few = await counts({ lastName: "Solo", firstName: "Anna", birthDate: "1956-03-03" });
    // 40 candidates on the day and its transposition, every one found: the given names differ by a letter.
    const many = await counts({ lastName: "Lambert", firstName: "Zoé Aline", birthDate: "1955-06-09" });
    expect(few.results).toBe(1);
    expect(many.results).toBe(40);
    expect(many.statements).toEqual(few.statements);
    console.log(`statements per subgraph for 1 and for 40 results: ${JSON.stringify(few.statements)}`);
    // One candidate statement per provider, whatever the day.
    for (const name of ["cefa", "ifapme", "sfpme"] as const) {
      expect(stack.counters[name].statements().filter((sql) => /naissance = ANY/.test(sql))).toHaveLength(1);
    }
  });

  it("refuses to answer from the other providers alone when one provider's candidates cannot be read", async () => {
    await stack.stores.sfpme.exec(`ALTER TABLE sfpme.apprenant RENAME TO apprenant_away`);
    try {
      const result = await search({ lastName: "Martin", firstName: "Lucas", birthDate: "1958-05-10" });
      expect(result.data?.findLearnersByName?.results ?? null).toBeNull();
      const codes = result.errors?.map((e) => [e.extensions?.code, e.extensions?.missingProviders ?? null]);
      expect(codes).toContainEqual(["OFFA_HARMONISATION_INCOMPLETE", ["SFPME"]]);
      expect(result.errors?.map((e) => e.extensions?.code)).toContain("OFFA_STORE_FAILED");
    } finally {
      await stack.stores.sfpme.exec(`ALTER TABLE sfpme.apprenant_away RENAME TO apprenant`);
    }
  });

  it("serves a provider's candidates to OFFA only: hidden from clients, a bad key refused before any SQL, none to another provider's staff", async () => {
    const direct = await postGraphQL(
      stack.gatewayUrl,
      `{ findLearnersByName(lastName: "Martin", firstName: "Lucas", birthDate: "1958-05-10") { cefaCandidates { id } } }`,
      {},
      { "x-offa-purpose": "MOBILITY_FOLLOW_UP" },
      officer,
    );
    expect(direct.errors?.map((e) => e.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);

    const entities = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on LearnerNameSearch { cefaCandidates { id } } }
    }`;
    const key = JSON.stringify({ birthDate: "1958-05-10", firstName: "Lucas", lastName: "Martin" });
    const cefa = stack.subgraphs.cefa.url;
    stack.counters.cefa.reset();
    const bad = await postSignedToSubgraph(
      cefa,
      entities,
      { representations: [{ __typename: "LearnerNameSearch", query: '{"birthDate":"1958-02-30"}' }] },
      { subgraph: "cefa", claims: DEVELOPER_CLAIMS },
    );
    expect(bad.errors?.map((e) => e.extensions?.code)).toEqual(["OFFA_LEARNER_SEARCH_BIRTH_DATE_INVALID"]);
    expect(stack.counters.cefa.statements().filter((sql) => /naissance = ANY/.test(sql))).toEqual([]);

    const asDeveloper = await postSignedToSubgraph<{ _entities: { cefaCandidates: { id: string }[] }[] }>(
      cefa,
      entities,
      { representations: [{ __typename: "LearnerNameSearch", query: key }] },
      { subgraph: "cefa", claims: DEVELOPER_CLAIMS },
    );
    expect(asDeveloper.data!._entities[0].cefaCandidates.map((c) => c.id).sort()).toEqual(
      [NAMESAKES.cefa.id, NAMESAKES.stranger.id].sort(),
    );
    const otherStaff = await postSignedToSubgraph<{ _entities: { cefaCandidates: { id: string }[] }[] }>(
      cefa,
      entities,
      { representations: [{ __typename: "LearnerNameSearch", query: key }] },
      {
        subgraph: "cefa",
        claims: { ...DEVELOPER_CLAIMS, role: "PROVIDER_STAFF", provider: "ifapme", scopes: ["learner:read"] },
      },
    );
    expect(otherStaff.errors).toBeUndefined();
    expect(otherStaff.data!._entities[0].cefaCandidates).toEqual([]);
  });

  it("keeps the searched names out of every log line of the gateway and the subgraphs", async () => {
    const response = await postGraphQL<Search>(
      stack.gatewayUrl,
      SEARCH,
      { lastName: "Van den Bossche", firstName: "Léa Marie", birthDate: "1957-04-07" },
      { "x-offa-purpose": "MOBILITY_FOLLOW_UP", "x-request-id": "name-search-logs" },
      officer,
    );
    expect(response.errors).toBeUndefined();
    let lines: string[] = [];
    for (let waited = 0; waited <= 2_000; waited += 20) {
      lines = logs.lines().filter((line) => line.includes("name-search-logs"));
      if (lines.length >= 5) break; // the gateway and the four subgraphs
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const name of ["Bossche", "Bosche", "Léa", "Lea Marie", "Vandenbosshe", "Lambert", "Martin"]) {
      expect(logs.lines().filter((line) => line.includes(name))).toEqual([]);
    }
  });

  it("audits every search in OFFA, those refused included, and each provider's candidates read", async () => {
    const rows = await stack.stores.offa.query<{ fields: string[]; learners: { id: string }[] }>(
      `SELECT fields, learners FROM audit_offa.audit_log WHERE subject = $1 ORDER BY seq`,
      [SUBJECT],
    );
    const searches = rows.filter((row) => row.fields.includes("Query.findLearnersByName"));
    // 2 Léa, 1 Martin, 6 refused inputs, 2 counts (the purpose-less one never reaches OFFA).
    expect(searches.length).toBeGreaterThanOrEqual(10);
    const judged = rows.filter((row) => row.fields.includes("LearnerNameSearch.results"));
    expect(judged.some((row) => row.learners.some((l) => l.id === LEA.learnerId))).toBe(true);
    const cefa = await stack.stores.cefa.query<{ fields: string[]; learners: { id: string }[] }>(
      `SELECT fields, learners FROM audit_cefa.audit_log WHERE subject = $1 ORDER BY seq`,
      [SUBJECT],
    );
    const read = cefa.filter((row) => row.fields.includes("LearnerNameSearch.cefaCandidates"));
    expect(read.some((row) => row.learners.some((l) => l.id === LEA.cefa))).toBe(true);
    expect(read.some((row) => row.learners.some((l) => l.id === NAMESAKES.stranger.id))).toBe(true);
  });
});
