import { Registry } from "prom-client";
import type { RequestObservation } from "../../../schema/contract/observability";
import { createSubgraphCallRecorder } from "../createSubgraphCallRecorder";
import { createGatewayMetrics } from "../GatewayMetrics";

async function valueOf(
  registry: Registry,
  name: string,
  labels: Record<string, string>,
): Promise<number | undefined> {
  const metric = (await registry.getMetricsAsJSON()).find((entry) => entry.name === name);
  return (metric?.values as { labels: Record<string, string | number>; value: number }[] | undefined)?.find(
    (value) => Object.entries(labels).every(([key, expected]) => String(value.labels[key]) === expected),
  )?.value;
}

describe("createSubgraphCallRecorder", () => {
  function setUp() {
    const registry = new Registry();
    const metrics = createGatewayMetrics(registry, ["cefa", "offa"]);
    const observation: RequestObservation = { requestId: "r-1", startedAt: 0n, details: {} };
    const changes: string[] = [];
    const recorder = createSubgraphCallRecorder(
      metrics,
      { find: (id) => (id === "r-1" ? observation : undefined) },
      (subgraph, state) => changes.push(`${subgraph}:${state}`),
    );
    return { registry, observation, recorder, changes };
  }

  it("sets the circuit gauge 0 closed, 1 half-open, 2 open, starting closed for every subgraph", async () => {
    const { registry, recorder, changes } = setUp();
    const gauge = (subgraph: string) =>
      valueOf(registry, "offa_gateway_subgraph_circuit_state", { subgraph });
    expect(await gauge("offa")).toBe(0);
    recorder.circuitChanged("cefa", "open");
    expect(await gauge("cefa")).toBe(2);
    recorder.circuitChanged("cefa", "half_open");
    expect(await gauge("cefa")).toBe(1);
    recorder.circuitChanged("cefa", "closed");
    expect(await gauge("cefa")).toBe(0);
    expect(changes).toEqual(["cefa:open", "cefa:half_open", "cefa:closed"]);
  });

  it("counts each attempt, failures by outcome and status, and adds the calls to their request's line", async () => {
    const { registry, observation, recorder } = setUp();
    const attempt = { subgraph: "cefa", operationKind: "query" as const, requestId: "r-1" };
    recorder.attemptFinished({
      ...attempt,
      attempt: 1,
      outcome: "http_error",
      status: 503,
      durationSeconds: 0.02,
    });
    recorder.attemptFinished({ ...attempt, attempt: 2, outcome: "ok", status: 200, durationSeconds: 0.01 });
    recorder.attemptFinished({
      ...attempt,
      subgraph: "offa",
      attempt: 1,
      outcome: "timeout",
      durationSeconds: 10,
    });
    expect(
      await valueOf(registry, "offa_gateway_subgraph_requests_total", { subgraph: "cefa", outcome: "ok" }),
    ).toBe(1);
    expect(
      await valueOf(registry, "offa_gateway_subgraph_errors_total", {
        subgraph: "cefa",
        outcome: "http_error",
        status: "503",
      }),
    ).toBe(1);
    expect(
      await valueOf(registry, "offa_gateway_subgraph_errors_total", { subgraph: "offa", status: "none" }),
    ).toBe(1);
    expect(observation.details.subgraphs).toEqual([
      { subgraph: "cefa", attempts: 2, outcome: "ok" },
      { subgraph: "offa", attempts: 1, outcome: "timeout" },
    ]);
  });

  it("never throws, whatever it is told", () => {
    const { recorder } = setUp();
    expect(() => recorder.circuitChanged("cefa", "unknown" as never)).not.toThrow();
    expect(() =>
      recorder.attemptFinished({
        subgraph: "cefa",
        operationKind: "query",
        attempt: 1,
        outcome: "ok",
        durationSeconds: Number.NaN,
      }),
    ).not.toThrow();
  });
});
