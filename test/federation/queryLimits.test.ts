import { postGraphQL } from "../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

/**
 * The gateway's query limits with their default values (gateway/limits): each refusal has its own code and
 * comes before any query plan, so no subgraph runs a single SQL statement for it; the costliest queries the
 * project itself sends still pass.
 */
describe("query limits through the gateway (PostgreSQL)", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startPostgresTestStack({ seed: 7, scale: 0.002 });
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const statementsSent = () => Object.values(stack.counters).reduce((sum, c) => sum + c.count(), 0);
  const resetCounters = () => Object.values(stack.counters).forEach((c) => c.reset());

  const page500WithCompliance = `learners(first: 500) { id commonContracts { complianceByMonth { month flags { code } } } }`;
  const cycle = `{ cefaLearners(first: 1) { offaLearner { cefa { offaLearner { cefa { offaLearner { cefa { offaLearner { id } } } } } } } } }`;

  it.each([
    [
      "the issue's fan-out: 20 aliases over a 500-learner page with compliance",
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: ${page500WithCompliance}`).join(" ")} }`,
      "OFFA_GATEWAY_LIMIT_ALIASES",
      400,
    ],
    [
      "three aliases of a 500-learner page with month-by-month compliance",
      `{ a: ${page500WithCompliance} b: ${page500WithCompliance} c: ${page500WithCompliance} }`,
      "OFFA_GATEWAY_LIMIT_COST",
      400,
    ],
    ["the provider → OFFA → provider cycle, 9 deep", cycle, "OFFA_GATEWAY_LIMIT_DEPTH", 400],
    [
      "eleven directives",
      `{ learners(first: 1) { ${Array.from({ length: 11 }, () => "id @include(if: true)").join(" ")} } }`,
      "OFFA_GATEWAY_LIMIT_DIRECTIVES",
      400,
    ],
    ["3 001 tokens", `{ ${"__typename ".repeat(2999)} }`, "OFFA_GATEWAY_LIMIT_TOKENS", 400],
    [
      "a 2 MB query",
      `{ learners(first: 1) { id } } # ${"x".repeat(2_000_000)}`,
      "OFFA_GATEWAY_LIMIT_BODY_SIZE",
      413,
    ],
  ])("refuses %s before any subgraph call", async (_case, query, code, status) => {
    resetCounters();
    const result = await postGraphQL(stack.gatewayUrl, query);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.status).toBe(status);
    expect(result.data ?? undefined).toBeUndefined();
    expect(statementsSent()).toBe(0);
  });

  it("counts a page size given as a variable", async () => {
    resetCounters();
    const result = await postGraphQL(
      stack.gatewayUrl,
      `query ($n: Int!) { ${["a", "b", "c"].map((a) => `${a}: learners(first: $n) { commonContracts { complianceByMonth { month } } }`).join(" ")} }`,
      { n: 500 },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("OFFA_GATEWAY_LIMIT_COST");
    expect(statementsSent()).toBe(0);
  });

  it("answers an unknown operationName with 400 and OPERATION_RESOLUTION_FAILURE, not 500", async () => {
    resetCounters();
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: await bearer() },
      body: JSON.stringify({ query: "query A { learners(first: 1) { id } }", operationName: "B" }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(response.status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
    expect(statementsSent()).toBe(0);
  });

  it("refuses a batch of operations (batched HTTP requests are off)", async () => {
    resetCounters();
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: await bearer() },
      body: JSON.stringify([
        { query: "{ learners(first: 1) { id } }" },
        { query: "{ learners(first: 1) { id } }" },
      ]),
    });
    expect(response.status).toBe(400);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe("BAD_REQUEST");
    expect(statementsSent()).toBe(0);
  });

  it("allows the costliest queries the project sends: a page of 250 with the compliance summary", async () => {
    const result = await postGraphQL(
      stack.gatewayUrl,
      `query ($first: Int!) { learners(first: $first) { id commonContracts { provider providerContractId
        complianceSummary { applies monthsChecked flagged { code months } notEvaluated { code months } } } } }`,
      { first: 250 },
    );
    expect(result.errors).toBeUndefined();
    expect(result.status).toBe(200);
  });
});

async function bearer(): Promise<string> {
  const { signDevelopmentToken } = await import("../../gateway/auth");
  return `Bearer ${await signDevelopmentToken({ role: "DEVELOPER" })}`;
}
