import { randomUUID } from "node:crypto";
import { signDevelopmentToken } from "../../../gateway/auth";
import { createTestDatabase, type TestDatabase } from "../../helpers/createTestDatabase";
import { buildSubgraphRequest, DEVELOPER_CLAIMS } from "../../helpers/signedSubgraphRequest";
import { type SpawnedProcess, spawnEntry } from "../../helpers/spawnProcess";
import { startDelayingProxy } from "./startDelayingProxy";
import { type LoadReport, startSteadyLoad } from "./steadyLoad";

const SUBGRAPHS = ["cefa", "ifapme", "sfpme", "offa"] as const;
/** The grace the processes are given here (production default 5 s): long enough to send through it. */
const GRACE_MS = 1_500;
/** How late the test's "load balancer" learns that readiness turned 503. */
const PROPAGATION_MS = 400;
/**
 * Not jest's NODE_ENV=test: Apollo Server installs its own SIGTERM handler outside "test", which stopped the
 * server at the first signal; the processes must be tested as they run.
 */
const NODE_ENV = "development";

/** Every request sent got a complete response with status 200, and what the drain looked like. */
function expectNoRequestLost(report: LoadReport, signalledAt: number): void {
  const failed = report.records.filter((record) => record.status !== 200);
  expect(failed.map((record) => record.error ?? `HTTP ${record.status}: ${record.body}`)).toEqual([]);
  expect(report.records.length).toBeGreaterThan(8);
  // Readiness turned 503 after the signal, while the server still answered.
  expect(report.notReadyAt).toBeGreaterThanOrEqual(signalledAt);
  expect(report.readiness.some((probe) => probe.status === 503)).toBe(true);
  // Requests sent after readiness turned 503 (the load balancer had not learnt yet) were served too.
  const sentWhileNotReady = report.records.filter((record) => record.sentAt > report.notReadyAt!);
  expect(sentWhileNotReady.length).toBeGreaterThan(0);
  // During the drain, each response told the client not to reuse its connection.
  expect(sentWhileNotReady.every((record) => record.connectionClose)).toBe(true);
  // Before it, connections were kept alive.
  const answeredBefore = report.records.filter((record) => record.answeredAt! < signalledAt);
  expect(answeredBefore.length).toBeGreaterThan(0);
  expect(answeredBefore.some((record) => record.connectionClose)).toBe(false);
}

/** Production shape: four subgraph processes and a gateway process on PostgreSQL, stopped under load. */
describe("SIGTERM under steady load", () => {
  let database: TestDatabase;
  const processes = new Map<string, SpawnedProcess>();
  const urls = new Map<string, string>();

  beforeAll(async () => {
    database = await createTestDatabase("offa_drain");
    for (const name of SUBGRAPHS) {
      processes.set(
        name,
        spawnEntry(`subgraphs/${name}/main.ts`, {
          [`${name.toUpperCase()}_DATABASE_URL`]: database.url,
          [`${name.toUpperCase()}_PORT`]: "0",
          SHUTDOWN_GRACE_MS: String(GRACE_MS),
          NODE_ENV,
        }),
      );
    }
    for (const name of SUBGRAPHS) {
      const [, url] = await processes.get(name)!.waitFor(/ready at (http:\/\/127\.0\.0\.1:\d+\/)/, 90_000);
      urls.set(name, url!);
    }
  }, 120_000);

  afterAll(async () => {
    for (const child of processes.values()) if (child.child.exitCode === null) child.child.kill("SIGKILL");
    await database?.drop();
  });

  it("the gateway turns not ready, serves through its grace, drains the request in flight and exits 0", async () => {
    // CEFA's answers to cefaCodes are held 2.5 s: a request still in flight when the gateway stops accepting.
    const slowCefa = await startDelayingProxy(urls.get("cefa")!, "cefaCodes", 2_500);
    const gateway = spawnEntry("gateway/main.ts", {
      ...Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_URL`, urls.get(name)!])),
      CEFA_URL: slowCefa.url,
      GATEWAY_PORT: "0",
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
      NODE_ENV,
    });
    try {
      const [, url] = await gateway.waitFor(/ready at (http:\/\/127\.0\.0\.1:\d+\/)/);
      const token = await signDevelopmentToken({ role: "DEVELOPER" });
      const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
      const load = startSteadyLoad({
        url: url!,
        readyUrl: new URL("/readyz", url).toString(),
        workers: 4,
        build: () => ({
          headers,
          body: JSON.stringify({ query: "{ learners(first: 1) { id } ifapmeCodes(kind: LEVEL) { code } }" }),
        }),
        propagationMs: PROPAGATION_MS,
      });
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const slow = fetch(url!, {
        method: "POST",
        headers,
        body: JSON.stringify({ query: "{ cefaCodes(kind: LEVEL) { code } }" }),
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as { data?: { cefaCodes: { code: string }[] } },
        at: Date.now(),
      }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const signalledAt = Date.now();
      gateway.child.kill("SIGTERM");
      // After the grace, while the slow request still runs: the gateway no longer accepts connections.
      const afterGrace = new Promise((resolve) => setTimeout(resolve, GRACE_MS + 300)).then(async () => ({
        alive: gateway.child.exitCode === null,
        error: await fetch(new URL("/healthz", url)).then(
          (response) => `HTTP ${response.status}`,
          (error: Error) => String((error.cause as NodeJS.ErrnoException | undefined)?.code ?? error.message),
        ),
      }));
      const [report, slowAnswer, exitCode, refused] = await Promise.all([
        load.finished,
        slow,
        gateway.exited(),
        afterGrace,
      ]);
      const exitedAt = Date.now();

      expect(exitCode).toBe(0);
      expectNoRequestLost(report, signalledAt);
      // The slow request outlived the grace (the gateway no longer accepted) and still got its whole answer.
      expect(slowAnswer.status).toBe(200);
      expect(slowAnswer.body.data?.cefaCodes.map((code) => code.code)).toEqual(["P1", "P2", "P3"]);
      expect(slowAnswer.at).toBeGreaterThan(signalledAt + GRACE_MS);
      expect(exitedAt).toBeGreaterThanOrEqual(slowAnswer.at);
      // Once the grace was over, a new connection was refused while the request in flight still ran.
      expect(refused).toEqual({ alive: true, error: "ECONNREFUSED" });
      expect(gateway.output()).toMatch(/drained: \d+ requests answered while draining, 0 cut/);
      console.log(
        `gateway drain: ${report.records.length} requests sent, all answered; ` +
          `${report.records.filter((r) => r.sentAt > report.notReadyAt!).length} sent after readiness turned 503; ` +
          `readiness 503 ${report.notReadyAt! - signalledAt} ms after SIGTERM; slow request answered ` +
          `${slowAnswer.at - signalledAt} ms after SIGTERM; exit ${exitedAt - signalledAt} ms after SIGTERM`,
      );
    } finally {
      if (gateway.child.exitCode === null) gateway.child.kill("SIGKILL");
      await slowCefa.close();
    }
  }, 60_000);

  it("a subgraph process turns not ready, serves through its grace and exits 0", async () => {
    const cefa = processes.get("cefa")!;
    const url = urls.get("cefa")!;
    const load = startSteadyLoad({
      url,
      readyUrl: new URL("/readyz", url).toString(),
      workers: 4,
      build: () => {
        // As the gateway sends it: signed, with the caller's claims and a request id.
        const signed = buildSubgraphRequest(
          url,
          "{ cefaCodes(kind: LEVEL) { code } }",
          {},
          {
            subgraph: "cefa",
            claims: DEVELOPER_CLAIMS,
            requestId: randomUUID(),
          },
        );
        return { headers: signed.headers, body: signed.body! };
      },
      propagationMs: PROPAGATION_MS,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const signalledAt = Date.now();
    cefa.child.kill("SIGTERM");
    const [report, exitCode] = await Promise.all([load.finished, cefa.exited()]);
    expect(exitCode).toBe(0);
    expectNoRequestLost(report, signalledAt);
    expect(cefa.output()).toContain("cefa subgraph: stopped");
    console.log(
      `cefa drain: ${report.records.length} requests sent, all answered; ` +
        `${report.records.filter((r) => r.sentAt > report.notReadyAt!).length} sent after readiness turned 503`,
    );
  }, 60_000);

  it("a second signal during the grace exits at once with code 1", async () => {
    const sfpme = processes.get("sfpme")!;
    const signalledAt = Date.now();
    sfpme.child.kill("SIGTERM");
    await sfpme.waitFor(/SIGTERM: draining/);
    sfpme.child.kill("SIGINT");
    expect(await sfpme.exited()).toBe(1);
    // Well before the grace would have ended.
    expect(Date.now() - signalledAt).toBeLessThan(GRACE_MS);
    expect(sfpme.output()).toContain("SIGINT again during the drain: exiting now");
  });
});
