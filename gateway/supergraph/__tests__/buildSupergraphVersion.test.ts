import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSupergraphVersion } from "../SupergraphVersion";
import { readSupergraphPollMs } from "../readSupergraphPollMs";

const SUPERGRAPH = readFileSync(join(__dirname, "../../../schema/supergraph.graphql"), "utf8");

describe("buildSupergraphVersion", () => {
  it("derives the subgraphs, the access requirements and a loadable SDL without access directives", () => {
    const version = buildSupergraphVersion(SUPERGRAPH, "schema/supergraph.graphql");
    expect(version.subgraphs.map((subgraph) => subgraph.name)).toEqual(["cefa", "ifapme", "offa", "sfpme"]);
    expect(version.subgraphs[0]!.url).toMatch(/^http:\/\//);
    expect(version.requirements.size).toBeGreaterThan(0);
    expect(version.loadableSdl).not.toContain("@requiresScopes");
    expect(version.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses text that is not GraphQL, or GraphQL that is no composed supergraph, naming the file", () => {
    expect(() => buildSupergraphVersion("{ nope", "/x.graphql")).toThrow(/\/x\.graphql is not GraphQL/);
    expect(() => buildSupergraphVersion("type Query { a: Int }", "/x.graphql")).toThrow(
      /is not a composed supergraph/,
    );
  });
});

describe("readSupergraphPollMs", () => {
  it("polls every 5 s by default, 0 turns it off, and a poll faster than 1 s is refused", () => {
    expect(readSupergraphPollMs({}, [])).toBe(5_000);
    expect(readSupergraphPollMs({ SUPERGRAPH_POLL_MS: "0" }, [])).toBe(0);
    const problems: string[] = [];
    readSupergraphPollMs({ SUPERGRAPH_POLL_MS: "10" }, problems);
    expect(problems).toEqual([
      "SUPERGRAPH_POLL_MS=10 must be 0 (no reload) or an integer from 1000 to 3600000 (milliseconds)",
    ]);
  });
});
