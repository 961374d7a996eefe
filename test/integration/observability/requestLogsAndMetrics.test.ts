import { signDevelopmentToken } from "../../../gateway/auth";
import { captureLogOutput, type CapturedLogOutput } from "../../../schema/contract/observability";
import { findNationalNumbers } from "../../helpers/findNationalNumbers";
import { postGraphQL } from "../../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../../helpers/startTestStack";

/**
 * Reads a Prometheus text exposition: the sum of every sample of `name` whose labels include `labels` (so a
 * subgraph's requests of every operation name add up), 0 when there is none.
 */
function sample(exposition: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of exposition.split("\n")) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries(
      [...(match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((pair) => [pair[1], pair[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) total += Number(match[3]);
  }
  return total;
}

async function metricsOf(baseUrl: string): Promise<string> {
  const response = await fetch(new URL("metrics", baseUrl));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
  return response.text();
}

const CROSS_PROVIDER = /* GraphQL */ `
  query ObservedLearners {
    learners(first: 3, acrossProviders: true) {
      id
      cefa {
        id
      }
      ifapme {
        id
      }
    }
  }
`;

describe("observability through the whole stack (logs, request ids, metrics)", () => {
  let stack: TestStack;
  let logs: CapturedLogOutput;
  const previousLevel = process.env.LOG_LEVEL;

  beforeAll(async () => {
    // Read by every server at start: info is where the request lines are, whatever the suite's default.
    process.env.LOG_LEVEL = "info";
    logs = captureLogOutput();
    stack = await startPostgresTestStack();
  });

  afterAll(async () => {
    await stack?.stop();
    logs?.stop();
    if (previousLevel === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = previousLevel;
  });

  /** The log entries of one request id, once the servers have written them (a line is written at response end). */
  async function entriesOf(requestId: string, atLeast: number): Promise<Record<string, unknown>[]> {
    for (let waited = 0; ; waited += 20) {
      const entries = logs.entries().filter((entry) => entry.requestId === requestId);
      if (entries.length >= atLeast || waited > 2_000) return entries;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it("logs the caller's request id at the gateway and at every subgraph it called, and echoes it", async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await signDevelopmentToken({ role: "DEVELOPER" })}`,
        "x-request-id": "obs-test-0001",
      },
      body: JSON.stringify({ query: CROSS_PROVIDER }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("obs-test-0001");
    const body = (await response.json()) as { data: { learners: unknown[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.learners).toHaveLength(3);

    const entries = await entriesOf("obs-test-0001", 4);
    const gatewayLines = entries.filter((entry) => entry.service === "gateway" && entry.msg === "request");
    expect(gatewayLines).toHaveLength(1);
    const [gateway] = gatewayLines;
    expect(gateway).toMatchObject({
      level: "info",
      operationName: "ObservedLearners",
      operationType: "query",
      status: 200,
      outcome: "ok",
      errorCodes: [],
      role: "DEVELOPER",
    });
    expect(gateway.durationMs).toBeGreaterThan(0);
    const called = (gateway.subgraphs as { subgraph: string; outcome: string }[]).map(
      (call) => call.subgraph,
    );
    expect(called.sort()).toEqual(["cefa", "ifapme", "offa"]);

    // Each subgraph the gateway called wrote its own line under the same id.
    const subgraphLines = entries.filter((entry) => entry.service !== "gateway" && entry.msg === "request");
    expect([...new Set(subgraphLines.map((entry) => entry.service))].sort()).toEqual([
      "cefa",
      "ifapme",
      "offa",
    ]);
    for (const line of subgraphLines) {
      expect(line).toMatchObject({ status: 200, outcome: "ok", operationType: "query", errorCodes: [] });
      expect(typeof line.time).toBe("string");
    }
  });

  it("gives a request without an id a fresh one, in the response header and in every line", async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await signDevelopmentToken({ role: "DEVELOPER" })}`,
        // Not a sane id (a space and a quote could forge a log line): replaced.
        "x-request-id": 'forged" id',
      },
      body: JSON.stringify({ query: CROSS_PROVIDER }),
    });
    const requestId = response.headers.get("x-request-id")!;
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await response.text();
    const services = (await entriesOf(requestId, 4)).map((entry) => entry.service);
    expect(new Set(services)).toEqual(new Set(["gateway", "offa", "cefa", "ifapme"]));
    expect(logs.lines().some((line) => line.includes("forged"))).toBe(false);
  });

  it("counts requests by operation and outcome on the gateway's /metrics, and moves its latency histogram", async () => {
    const labels = { operation_name: "ObservedLearners", operation_type: "query", outcome: "ok" };
    const before = await metricsOf(stack.gatewayUrl);
    for (let i = 0; i < 3; i++)
      expect((await postGraphQL(stack.gatewayUrl, CROSS_PROVIDER)).errors).toBeUndefined();
    const after = await metricsOf(stack.gatewayUrl);
    expect(sample(after, "offa_gateway_requests_total", labels)).toBe(
      sample(before, "offa_gateway_requests_total", labels) + 3,
    );
    const histogram = { operation_type: "query", outcome: "ok" };
    expect(sample(after, "offa_gateway_request_duration_seconds_count", histogram)).toBe(
      sample(before, "offa_gateway_request_duration_seconds_count", histogram) + 3,
    );
    expect(sample(after, "offa_gateway_request_duration_seconds_sum", histogram)).toBeGreaterThan(
      sample(before, "offa_gateway_request_duration_seconds_sum", histogram),
    );
    // Per subgraph, from the data sources' observer: one attempt each per request, all ok, circuits closed.
    for (const subgraph of ["offa", "cefa", "ifapme"]) {
      const attempt = { subgraph, operation_kind: "query", outcome: "ok" };
      expect(sample(after, "offa_gateway_subgraph_requests_total", attempt)).toBeGreaterThanOrEqual(
        sample(before, "offa_gateway_subgraph_requests_total", attempt) + 3,
      );
      expect(
        sample(after, "offa_gateway_subgraph_request_duration_seconds_count", { subgraph, outcome: "ok" }),
      ).toBeGreaterThanOrEqual(
        sample(before, "offa_gateway_subgraph_request_duration_seconds_count", { subgraph, outcome: "ok" }) +
          3,
      );
    }
    for (const subgraph of ["offa", "cefa", "ifapme", "sfpme"])
      expect(after).toContain(`offa_gateway_subgraph_circuit_state{subgraph="${subgraph}"} 0`);
    // Node's process metrics, under the project's prefix.
    expect(sample(after, "offa_process_cpu_user_seconds_total")).toBeGreaterThan(0);
    expect(after).toContain("# TYPE offa_nodejs_eventloop_lag_seconds gauge");
  });

  it("counts a subgraph's requests and latency on the subgraph's own /metrics", async () => {
    const cefa = stack.subgraphs.cefa.url;
    const before = await metricsOf(cefa);
    for (let i = 0; i < 2; i++) await postGraphQL(stack.gatewayUrl, CROSS_PROVIDER);
    const after = await metricsOf(cefa);
    const ok = { subgraph: "cefa", operation_type: "query", outcome: "ok" };
    expect(sample(after, "offa_subgraph_requests_total", ok)).toBeGreaterThanOrEqual(
      sample(before, "offa_subgraph_requests_total", ok) + 2,
    );
    expect(sample(after, "offa_subgraph_request_duration_seconds_count", ok)).toBeGreaterThanOrEqual(
      sample(before, "offa_subgraph_request_duration_seconds_count", ok) + 2,
    );
    expect(after).toContain('offa_subgraph_request_duration_seconds_bucket{le="0.005",subgraph="cefa"');
    // The gateway's metrics are not the subgraph's: each server exposes its own registry.
    expect(after).not.toContain("offa_gateway_requests_total");
  });

  it("counts an error response by its code, at the gateway and at the subgraph that raised it", async () => {
    const gatewayBefore = await metricsOf(stack.gatewayUrl);
    const cefaBefore = await metricsOf(stack.subgraphs.cefa.url);
    const missingToken = await postGraphQL(stack.gatewayUrl, CROSS_PROVIDER, {}, {}, null);
    expect(missingToken.status).toBe(401);
    const badId = await postGraphQL(stack.gatewayUrl, `query BadId { cefaLearner(id: "not an id") { id } }`);
    expect(badId.errors?.[0].extensions?.code).toBe("OFFA_INPUT_INVALID_ID");
    const gatewayAfter = await metricsOf(stack.gatewayUrl);
    const cefaAfter = await metricsOf(stack.subgraphs.cefa.url);
    for (const code of ["OFFA_AUTH_TOKEN_MISSING", "OFFA_INPUT_INVALID_ID"])
      expect(sample(gatewayAfter, "offa_gateway_errors_total", { code })).toBe(
        sample(gatewayBefore, "offa_gateway_errors_total", { code }) + 1,
      );
    // A request refused before any operation was resolved is counted without a name.
    expect(
      sample(gatewayAfter, "offa_gateway_requests_total", {
        operation_name: "none",
        operation_type: "none",
        outcome: "error",
      }),
    ).toBeGreaterThanOrEqual(1);
    const code = { subgraph: "cefa", code: "OFFA_INPUT_INVALID_ID" };
    expect(sample(cefaAfter, "offa_subgraph_errors_total", code)).toBe(
      sample(cefaBefore, "offa_subgraph_errors_total", code) + 1,
    );
    // The refusal's log line carries its code and status; the subgraph logged its error with the stack.
    const refusal = logs
      .entries()
      .find((entry) => entry.service === "gateway" && entry.status === 401 && entry.msg === "request");
    expect(refusal).toMatchObject({ outcome: "error", errorCodes: ["OFFA_AUTH_TOKEN_MISSING"] });
    const subgraphError = logs
      .entries()
      .find((entry) => entry.service === "cefa" && entry.msg === "subgraph error");
    // A coded error thrown on purpose (bad input) is the caller's business: logged at info, without a stack.
    expect(subgraphError).toMatchObject({
      level: "info",
      code: "OFFA_INPUT_INVALID_ID",
      path: ["cefaLearner"],
    });
    expect((subgraphError!.err as { stack?: string }).stack ?? "").toBe("");
  });

  it("never logs a national number or a bearer token, even when a request carries them", async () => {
    const token = await signDevelopmentToken({ role: "MOBILITY_OFFICER" });
    const identified = await postGraphQL<{ cefaLearners: { nationalNumber: string | null }[] }>(
      stack.gatewayUrl,
      `query Identify { cefaLearners(first: 5) { id nationalNumber } }`,
      {},
      { "x-offa-purpose": "IDENTITY_RESOLUTION" },
      token,
      { nationalNumbersAllowedFor: "MOBILITY_OFFICER_WITH_IDENTIFYING_PURPOSE" },
    );
    const numbers = identified.data!.cefaLearners.map((learner) => learner.nationalNumber).filter(Boolean);
    expect(numbers.length).toBeGreaterThan(0);
    // A national number where an id belongs: the subgraph's error message quotes it back.
    const quoted = await postGraphQL(
      stack.gatewayUrl,
      `query Quoted($id: ID!) { cefaLearner(id: $id) { id } }`,
      { id: numbers[0] },
      { "x-offa-purpose": "IDENTITY_RESOLUTION", "x-request-id": numbers[0]! },
      token,
      { nationalNumbersAllowedFor: "MOBILITY_OFFICER_WITH_IDENTIFYING_PURPOSE" },
    );
    expect(JSON.stringify(quoted.errors)).toContain(numbers[0]);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const lines = logs.lines();
    expect(lines.length).toBeGreaterThan(20);
    const leaked = lines.flatMap((line) => findNationalNumbers(JSON.parse(line)));
    expect(leaked).toEqual([]);
    for (const number of numbers) expect(lines.some((line) => line.includes(number!))).toBe(false);
    expect(lines.some((line) => line.includes(token) || /eyJ[A-Za-z0-9_-]{10,}/.test(line))).toBe(false);
    expect(lines.some((line) => line.includes("[national number removed]"))).toBe(true);
  });
});
