import { readFileSync } from "node:fs";
import { join } from "node:path";
import { peopleWithoutNationalNumber } from "../../scripts/dataset";
import { isValidNiss } from "../../subgraphs/kit/identifiers";
import { postGraphQL } from "../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

type LearnerData = {
  id: string;
  providers: string[];
  movedBetweenProviders: boolean;
  cefa: { id: string }[];
  ifapme: { id: string }[];
  sfpme: { id: string }[];
};

const LEARNER_RECORDS = /* GraphQL */ `
  fragment Records on Learner {
    id
    providers
    movedBetweenProviders
    commonContracts {
      status
      levelHistory {
        level
      }
      compliance {
        flags {
          code
        }
      }
      complianceByMonth {
        month
        flags {
          code
        }
        notEvaluated {
          code
        }
      }
      complianceSummary {
        monthsChecked
        monthsFlagged
        flagged {
          code
          months
        }
        notEvaluated {
          code
          months
          reasons {
            reason
          }
        }
      }
    }
    cefa {
      id
      birthDate
      enrolments {
        schoolYear
        article
        centre {
          code
        }
        option {
          code
          title
        }
      }
      contracts {
        id
        typeCode
        statusCode
        employer {
          establishmentUnitNumber
        }
        levelDecisions {
          code
          decidedOn
        }
      }
      certificates {
        code
        issuedOn
      }
    }
    ifapme {
      id
      enrolments {
        session
        track
        trainingYear
        site {
          id
        }
        trade {
          code
        }
      }
      contracts {
        id
        typeCode
        statusCode
        levelEvaluations {
          code
          evaluatedOn
        }
      }
      certificates {
        code
        issuedOn
      }
    }
    sfpme {
      id
      enrolments {
        academicYear
        programme
        trainingYear
        courseLocation
        training {
          code
        }
      }
      contracts {
        id
        typeCode
        statusCode
        allowanceSteps {
          code
          effectiveFrom
        }
      }
      certificates {
        code
        issuedOn
      }
    }
  }
`;

describe("the supergraph over real PostgreSQL", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startPostgresTestStack();
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("returns, in one query, every provider record of a learner who moved between providers", async () => {
    // Not a person whose number a provider never recorded: the matcher leaves that record on the review list.
    const awaitingReview = peopleWithoutNationalNumber(stack.groundTruth);
    const mover = stack.groundTruth.people.find(
      (person) => new Set(person.records.map((r) => r.provider)).size >= 2 && !awaitingReview.has(person),
    );
    expect(mover).toBeDefined();
    const response = await postGraphQL<{ learner: LearnerData }>(
      stack.gatewayUrl,
      `${LEARNER_RECORDS} query ($id: ID!) { learner(id: $id) { ...Records } }`,
      { id: mover!.offaLearnerId },
    );
    expect(response.errors).toBeUndefined();
    const learner = response.data!.learner;
    const returned = [
      ...learner.cefa.map((record) => `cefa:${record.id}`),
      ...learner.ifapme.map((record) => `ifapme:${record.id}`),
      ...learner.sfpme.map((record) => `sfpme:${record.id}`),
    ].sort();
    const expected = mover!.records.map((record) => `${record.provider}:${record.providerLearnerId}`).sort();
    expect(returned).toEqual(expected);
    expect(learner.movedBetweenProviders).toBe(true);
    expect(learner.providers.length).toBeGreaterThanOrEqual(2);
  });

  it("goes from a provider record back to the person and their records elsewhere", async () => {
    const mover = stack.groundTruth.people.find(
      (person) => person.records.some((record) => record.provider === "cefa") && person.records.length >= 2,
    );
    expect(mover).toBeDefined();
    const cefaId = mover!.records.find((record) => record.provider === "cefa")!.providerLearnerId;
    const response = await postGraphQL<{ cefaLearner: { offaLearner: LearnerData } }>(
      stack.gatewayUrl,
      `query ($id: ID!) { cefaLearner(id: $id) { offaLearner { id cefa { id } ifapme { id } sfpme { id } } } }`,
      { id: cefaId },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.cefaLearner.offaLearner.id).toBe(mover!.offaLearnerId);
    expect(response.data!.cefaLearner.offaLearner.cefa.map((record) => record.id)).toContain(cefaId);
  });

  it("keeps SQL statements per subgraph flat from 10 to 100 learners (batched reference resolution)", async () => {
    // The OFFA subgraph reads the rule set once per process: warm it so both counts see the steady state.
    await postGraphQL(stack.gatewayUrl, `${LEARNER_RECORDS} { learners(first: 1) { ...Records } }`);
    const countFor = async (first: number) => {
      for (const counter of Object.values(stack.counters)) counter.reset();
      const response = await postGraphQL<{ learners: LearnerData[] }>(
        stack.gatewayUrl,
        `${LEARNER_RECORDS} query ($first: Int!) { learners(first: $first) { ...Records } }`,
        { first },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.learners).toHaveLength(first);
      return Object.fromEntries(
        Object.entries(stack.counters).map(([name, counter]) => [name, counter.count()]),
      );
    };
    const ten = await countFor(10);
    const hundred = await countFor(100);
    expect(hundred).toEqual(ten);
    // Every subgraph took part, and each did a handful of statements, not one per learner: its reads, plus the
    // audit log's two (the learners' audit pseudonyms, and the append: kit/audit).
    for (const count of Object.values(hundred)) {
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(12);
    }
  });

  it("never sends a provider table name through the OFFA store", async () => {
    stack.counters.offa.reset();
    await postGraphQL(stack.gatewayUrl, `${LEARNER_RECORDS} { learners(first: 20) { ...Records } }`);
    const statements = stack.counters.offa.statements();
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((sql) => /\b(cefa|ifapme|sfpme)\.[a-z_]+/.test(sql))).toEqual([]);
  });

  it("never carries a national number in a response, and the schema keeps its only field for one behind identify_learner", async () => {
    const response = await postGraphQL(
      stack.gatewayUrl,
      `${LEARNER_RECORDS} { learners(first: 200) { ...Records cefa { lastName firstName commune postcode hasLegalRepresentative } } }`,
    );
    expect(response.errors).toBeUndefined();
    const text = JSON.stringify(response.data);
    const candidates = [...text.matchAll(/\d{2}\.?\d{2}\.?\d{2}-?\d{3}\.?\d{2}/g)].map((match) => match[0]);
    expect(candidates.filter((candidate) => isValidNiss(candidate))).toEqual([]);
    // The stores do hold national numbers: the test would see one if a field let it through.
    const [stored] = await stack.stores.cefa.query<{ niss: string }>(
      `SELECT niss FROM cefa.eleve WHERE niss IS NOT NULL LIMIT 1`,
    );
    expect(isValidNiss(stored.niss)).toBe(true);
    // The one field is each provider learner's nationalNumber (issue 8), and every declaration of it carries the
    // identify_learner policy: the developer token used above never sees it (domain.md §9, §11.16).
    const supergraph = readFileSync(join(__dirname, "../../schema/supergraph.graphql"), "utf8");
    expect(supergraph).not.toMatch(/^\s*(niss|registreNational|numeroNational|bis)\b/im);
    const declarations = supergraph.split("\n").filter((line) => /^\s*nationalNumber\b/.test(line));
    expect(declarations).toHaveLength(3);
    for (const line of declarations) expect(line).toContain('@policy(policies: [["identify_learner"]])');
  });

  describe("bad input", () => {
    const codeOf = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await postGraphQL(stack.gatewayUrl, query, variables);
      return response.errors?.[0]?.extensions?.code;
    };

    it("rejects a malformed learner id with OFFA_INPUT_INVALID_ID", async () => {
      expect(await codeOf(`{ learner(id: "12345") { id } }`)).toBe("OFFA_INPUT_INVALID_ID");
      expect(await codeOf(`{ cefaLearner(id: "IF0000001") { id } }`)).toBe("OFFA_INPUT_INVALID_ID");
    });

    it("answers an unknown learner with null and OFFA_LEARNER_NOT_FOUND", async () => {
      const response = await postGraphQL(stack.gatewayUrl, `{ learner(id: "OL0000000000") { id } }`);
      expect(response.data).toEqual({ learner: null });
      expect(response.errors?.[0]?.extensions?.code).toBe("OFFA_LEARNER_NOT_FOUND");
      expect(await codeOf(`{ ifapmeLearner(id: "IF9999999") { id } }`)).toBe("OFFA_LEARNER_NOT_FOUND");
    });

    it("refuses a page size out of bounds with OFFA_INPUT_PAGE_SIZE", async () => {
      expect(await codeOf(`{ learners(first: 0) { id } }`)).toBe("OFFA_INPUT_PAGE_SIZE");
      expect(await codeOf(`{ sfpmeLearners(first: 100000) { id } }`)).toBe("OFFA_INPUT_PAGE_SIZE");
    });

    it("reports malformed and invalid queries with Apollo's standard codes", async () => {
      expect(await codeOf(`{ learners(first: 1) { id `)).toBe("GRAPHQL_PARSE_FAILED");
      expect(await codeOf(`{ learners(first: 1) { nationalNumber } }`)).toBe("GRAPHQL_VALIDATION_FAILED");
    });

    it("does not expose the provider ids OFFA keeps for federation", async () => {
      expect(await codeOf(`{ learners(first: 1) { cefaLearnerIds } }`)).toBe("GRAPHQL_VALIDATION_FAILED");
    });
  });
});
