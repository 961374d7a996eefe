import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { computeOperationCost, COST_DEFAULTS } from "../computeOperationCost";

const schema = buildSchema(/* GraphQL */ `
  type Query {
    learners(first: Int! = 20, after: ID): [Learner!]!
    learner(id: ID!): Learner
  }
  type Learner {
    id: ID!
    contracts: [Contract!]!
  }
  type Contract {
    id: ID!
    months: [Month!]
    summary: Summary!
  }
  type Month {
    month: String!
  }
  type Summary {
    flagged: Int!
  }
`);

const options = { ...COST_DEFAULTS, fieldWeights: { "Contract.months": 50 } };

function cost(query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return computeOperationCost(schema, operation, fragments, variables, options);
}

describe("computeOperationCost", () => {
  it("costs a leaf nothing and an object field 1", () => {
    expect(cost(`{ learner(id: "x") { id } }`)).toBe(1);
  });

  it("multiplies a page by its first argument", () => {
    expect(cost(`{ learners(first: 100) { id } }`)).toBe(100);
  });

  it("takes first from the schema's default (20) when the query gives none", () => {
    expect(cost(`{ learners { id } }`)).toBe(20);
  });

  it("takes first from the variables, then from the variable's default", () => {
    expect(cost(`query ($n: Int!) { learners(first: $n) { id } }`, { n: 250 })).toBe(250);
    expect(cost(`query ($n: Int! = 7) { learners(first: $n) { id } }`, {})).toBe(7);
  });

  it("counts at most the subgraphs' page limit (500): a larger first is refused by the subgraph itself", () => {
    expect(cost(`{ learners(first: 100000) { id } }`)).toBe(500);
  });

  it("assumes a list without first holds assumedListSize items, multiplied through the nesting", () => {
    // 2 learners × (1 + 5 contracts × (1 + summary 1))
    expect(cost(`{ learners(first: 2) { contracts { summary { flagged } } } }`)).toBe(2 * (1 + 5 * (1 + 1)));
  });

  it("weighs an expensive field by its configured weight per item", () => {
    // 2 × (1 + 5 × (1 + 5 × 50))
    expect(cost(`{ learners(first: 2) { contracts { months { month } } } }`)).toBe(
      2 * (1 + 5 * (1 + 5 * 50)),
    );
  });

  it("adds aliases of the same field up: a fan-out costs its number of copies", () => {
    const one = cost(`{ learners(first: 500) { contracts { months { month } } } }`);
    const twenty = cost(
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: learners(first: 500) { contracts { months { month } } }`).join(" ")} }`,
    );
    expect(twenty).toBe(20 * one);
  });

  it("follows fragment spreads and inline fragments", () => {
    const direct = cost(`{ learners(first: 3) { contracts { summary { flagged } } } }`);
    expect(
      cost(`{ learners(first: 3) { ...L } } fragment L on Learner { contracts { summary { flagged } } }`),
    ).toBe(direct);
    expect(cost(`{ learners(first: 3) { ... on Learner { contracts { summary { flagged } } } } }`)).toBe(
      direct,
    );
  });
});
