import { parse } from "graphql";
import { operationKindOf } from "../operationKindOf";

describe("operationKindOf", () => {
  it("reads the plan's document when the gateway passes it", () => {
    const document = parse("mutation M { a }");
    expect(operationKindOf({ query: "{ a }", document })).toBe("mutation");
  });

  it("parses the query text otherwise, the shorthand being a query", () => {
    expect(operationKindOf({ query: "{ a }" })).toBe("query");
    expect(
      operationKindOf({
        query: "query Q__cefa__0($r: [_Any!]!) { _entities(representations: $r) { __typename } }",
      }),
    ).toBe("query");
    expect(operationKindOf({ query: "mutation { a }" })).toBe("mutation");
  });

  it("picks the named operation of a document with several", () => {
    const query = "query A { a } mutation B { b }";
    expect(operationKindOf({ query, operationName: "A" })).toBe("query");
    expect(operationKindOf({ query, operationName: "B" })).toBe("mutation");
  });

  it("counts what it cannot tell as a mutation, so it is never retried", () => {
    expect(operationKindOf({ query: "{ a" })).toBe("mutation");
    expect(operationKindOf({ query: "query A { a } query B { b }" })).toBe("mutation");
    expect(operationKindOf({})).toBe("mutation");
  });
});
