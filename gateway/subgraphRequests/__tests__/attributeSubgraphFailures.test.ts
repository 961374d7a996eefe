import { buildSchema, GraphQLError, parse } from "graphql";
import { attributeSubgraphFailures } from "../attributeSubgraphFailures";

const schema = buildSchema(/* GraphQL */ `
  type Query {
    learners: [Learner!]!
    units: [Unit!]!
  }
  type Learner {
    id: ID!
    cefa: [CefaLearner!]
    ifapme: [IfapmeLearner!]
  }
  type CefaLearner {
    id: ID!
    leftOn: String
    unit: Unit
  }
  type IfapmeLearner {
    id: ID!
  }
  type Unit {
    number: ID!
    cefaContracts: [ID!]
  }
`);

// Which subgraph resolves each field, as the supergraph's join directives say.
const fieldOwners = new Map<string, Set<string>>([
  ["Query.learners", new Set(["offa"])],
  ["Query.units", new Set(["offa"])],
  ["Learner.id", new Set(["offa", "cefa", "ifapme"])],
  ["Learner.cefa", new Set(["cefa"])],
  ["Learner.ifapme", new Set(["ifapme"])],
  ["CefaLearner.id", new Set(["cefa"])],
  ["CefaLearner.leftOn", new Set(["cefa"])],
  ["CefaLearner.unit", new Set(["cefa"])],
  ["IfapmeLearner.id", new Set(["ifapme"])],
  ["Unit.number", new Set(["offa"])],
  ["Unit.cefaContracts", new Set(["cefa"])],
]);

const unavailable = (subgraph: string) =>
  new GraphQLError(`The ${subgraph} subgraph is unavailable.`, {
    extensions: { code: "OFFA_GATEWAY_SUBGRAPH_UNAVAILABLE", subgraph },
  });

const attribute = (query: string, data: Record<string, unknown> | null, errors: GraphQLError[]) =>
  attributeSubgraphFailures({
    schema,
    document: parse(query),
    operationName: undefined,
    fieldOwners,
    data,
    errors,
  });

describe("attributeSubgraphFailures", () => {
  it("puts a failure at each field of the failing subgraph that its fetch left null", () => {
    const errors = attribute(
      "{ learners { id cefa { id } ifapme { id } } }",
      {
        learners: [
          { id: "1", cefa: null, ifapme: [{ id: "i1" }] },
          { id: "2", cefa: null, ifapme: null },
        ],
      },
      [unavailable("cefa")],
    );
    expect(errors.map((error) => [error.path, error.extensions.code, error.extensions.subgraph])).toEqual([
      [["learners", 0, "cefa"], "OFFA_GATEWAY_SUBGRAPH_UNAVAILABLE", "cefa"],
      [["learners", 1, "cefa"], "OFFA_GATEWAY_SUBGRAPH_UNAVAILABLE", "cefa"],
    ]);
  });

  it("leaves a null inside an object the subgraph returned alone (its own data, not the failure)", () => {
    const errors = attribute(
      "{ learners { cefa { id leftOn unit { number cefaContracts } } } units { number cefaContracts } }",
      {
        learners: [{ cefa: [{ id: "c1", leftOn: null, unit: { number: "2.1", cefaContracts: null } }] }],
        units: [{ number: "2.2", cefaContracts: null }],
      },
      [unavailable("cefa")],
    );
    // leftOn and the unit's cefaContracts under a CEFA record come in CEFA's own fetch: its data. The unit of
    // OFFA's list needs a fetch to CEFA of its own: that is the one that failed.
    expect(errors.map((error) => error.path)).toEqual([["units", 0, "cefaContracts"]]);
  });

  it("keeps the error without a path when no field it owns is null, and other errors as they are", () => {
    const other = new GraphQLError("Unauthorized", {
      path: ["learners", 0, "id"],
      extensions: { code: "X" },
    });
    const errors = attribute("{ learners { id } }", null, [unavailable("offa"), other]);
    expect(errors.map((error) => [error.path, error.extensions.code])).toEqual([
      [undefined, "OFFA_GATEWAY_SUBGRAPH_UNAVAILABLE"],
      [["learners", 0, "id"], "X"],
    ]);
  });
});
