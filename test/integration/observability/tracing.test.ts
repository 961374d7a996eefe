import { spawnEntry } from "../../helpers/spawnProcess";

/** The last line of a process's output, parsed: the fixtures print their result as one JSON line. */
async function resultOf<Result>(
  entry: string,
  args: string[] = [],
): Promise<{ output: string; result: Result }> {
  const child = spawnEntry(entry, {}, args);
  const code = await child.exited();
  const output = child.output();
  if (code !== 0) throw new Error(`${entry} exited ${code}:\n${output}`);
  const last = output.trim().split("\n").at(-1)!;
  return { output, result: JSON.parse(last) as Result };
}

/** What fixtures/tracingModes.ts prints. */
interface ModeResult {
  active: boolean;
  sdkModules: number;
  traceparent: string;
}

interface SpanRecord {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
}

// OpenTelemetry's SpanKind values (api's enum): the numbers the fixture prints.
const SERVER = 1;
const CLIENT = 2;

/**
 * Tracing runs in child processes: jest's module registry hides Node's `require` from the instrumentation's
 * hooks, so `http` would never be patched inside jest. The stack is still the in-process one
 * (test/helpers/startTestStack.ts: four subgraphs and the gateway in one process), but every hop is real HTTP
 * on loopback, and a subgraph's span can only be the child of the gateway's call if the call carried a
 * `traceparent` header.
 */
describe("tracing (OTEL_TRACES_EXPORTER)", () => {
  it("loads no OpenTelemetry SDK module when off, the default", async () => {
    const { result } = await resultOf<ModeResult>("test/integration/observability/fixtures/tracingModes.ts", [
      "none",
    ]);
    expect(result).toEqual({ active: false, sdkModules: 0, traceparent: "none" });
  });

  it("with the console exporter, instruments http: an outgoing request carries a traceparent and the spans are printed", async () => {
    const { output, result } = await resultOf<ModeResult>(
      "test/integration/observability/fixtures/tracingModes.ts",
      ["console"],
    );
    expect(result.active).toBe(true);
    expect(result.sdkModules).toBeGreaterThan(0);
    expect(result.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    const traceId = result.traceparent.split("-")[1];
    // The console exporter prints each span; both the client's and the server's carry the trace id.
    expect(output.split(traceId).length - 1).toBeGreaterThanOrEqual(2);
    expect(output).toContain("'service.name': 'offa-probe'");
  });

  it("records a gateway request and its subgraph fetches as one trace, each subgraph's span a child of the gateway's call", async () => {
    const { result } = await resultOf<{ errors: unknown; spans: SpanRecord[] }>(
      "test/integration/observability/fixtures/traceOneRequest.ts",
    );
    expect(result.errors).toBeNull();
    const spans = result.spans;
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const parentOf = (span: SpanRecord) => (span.parentSpanId ? byId.get(span.parentSpanId) : undefined);

    // The test's own request (undici's fetch) is not traced: the gateway's HTTP server span is the one root.
    const roots = spans.filter((span) => parentOf(span) === undefined);
    expect(roots.map((span) => span.kind)).toEqual([SERVER]);
    const [root] = roots;
    expect(spans.every((span) => span.traceId === root.traceId)).toBe(true);

    // Apollo Gateway's own spans sit under the HTTP server span: the request, then one fetch per subgraph call.
    const request = spans.find((span) => span.name === "gateway.request")!;
    expect(parentOf(request)).toBe(root);
    const fetches = spans.filter((span) => span.name === "gateway.fetch");
    expect(fetches.length).toBeGreaterThanOrEqual(2);

    // Each call to a subgraph: an HTTP client span under a gateway.fetch, and the subgraph's server span under it.
    const ancestors = (span: SpanRecord): string[] => {
      const parent = parentOf(span);
      return parent ? [parent.name, ...ancestors(parent)] : [];
    };
    const calls = spans.filter((span) => span.kind === CLIENT);
    expect(calls.length).toBe(fetches.length);
    for (const call of calls) expect(ancestors(call)).toContain("gateway.fetch");
    const subgraphServers = spans.filter((span) => span.kind === SERVER && span !== root);
    expect(subgraphServers).toHaveLength(calls.length);
    for (const server of subgraphServers) expect(parentOf(server)?.kind).toBe(CLIENT);
  });
});
