import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { subgraphs } from "../../../subgraphs";
import { DEVELOPMENT_SIGNING_KEY } from "../../../schema/contract/signing";
import { requestVerificationSettings, type StartedSubgraph, startSubgraph } from "../../../subgraphs/kit";
import { createTestDatabase, type TestDatabase } from "../../helpers/createTestDatabase";
import { postGraphQL } from "../../helpers/graphql";
import { spawnEntry } from "../../helpers/spawnProcess";

/** Production shape: the gateway as its own process, told where each subgraph answers by environment. */
describe("the gateway run alone as its own process", () => {
  let database: TestDatabase;
  const running: StartedSubgraph[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    for (const definition of subgraphs) {
      running.push(
        await startSubgraph(definition, {
          database: { kind: "postgres", url: database.url },
          settingName: "TEST_POSTGRES_URL",
          port: 0,
          verification: requestVerificationSettings({ current: DEVELOPMENT_SIGNING_KEY }),
        }),
      );
    }
  });

  afterAll(async () => {
    await Promise.all(running.map((subgraph) => subgraph.stop()));
    await database?.drop();
  });

  it("routes to the subgraph URLs it is given and drains on SIGTERM", async () => {
    const urls = Object.fromEntries(
      running.map((subgraph) => [`${subgraph.name.toUpperCase()}_URL`, subgraph.url]),
    );
    const gateway = spawnEntry("gateway/main.ts", { ...urls, GATEWAY_PORT: "0", NODE_ENV: "development" });
    const [, url] = await gateway.waitFor(/ready at (http:\/\/127\.0\.0\.1:\d+\/)/);
    const response = await postGraphQL<{ cefaCodes: { code: string }[]; learners: unknown[] }>(
      url,
      `{ cefaCodes(kind: LEVEL) { code mapping { status } } learners(first: 1) { id } }`,
    );
    expect(response.errors).toBeUndefined();
    // Live touches nothing; ready asks every subgraph's own readiness (its store).
    expect((await fetch(new URL("/healthz", url))).status).toBe(200);
    const ready = await fetch(new URL("/readyz", url));
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { checks: Record<string, unknown> }).checks).toEqual({
      cefa: true,
      ifapme: true,
      offa: true,
      sfpme: true,
    });
    // Unseeded stores with no rules loaded: CEFA's code list is there, OFFA maps nothing yet, and says so.
    expect(response.data).toEqual({
      cefaCodes: ["P1", "P2", "P3"].map((code) => ({ code, mapping: { status: "UNMAPPED" } })),
      learners: [],
    });
    gateway.child.kill("SIGTERM");
    expect(await gateway.exited()).toBe(0);
    expect(gateway.output()).toMatch(/drained: \d+ requests answered while draining, 0 cut/);
  });

  it("exits 1 with OFFA_GATEWAY_SUPERGRAPH_UNREADABLE when the supergraph file is missing", async () => {
    const gateway = spawnEntry("gateway/main.ts", {
      SUPERGRAPH_PATH: "schema/nope.graphql",
      GATEWAY_PORT: "0",
    });
    expect(await gateway.exited()).toBe(1);
    expect(gateway.output()).toContain("OFFA_GATEWAY_SUPERGRAPH_UNREADABLE");
    expect(gateway.output()).toContain("SUPERGRAPH_PATH");
  });

  it("exits 1 listing every invalid setting", async () => {
    const gateway = spawnEntry("gateway/main.ts", { GATEWAY_PORT: "http", OFFA_URL: "ftp://x" });
    expect(await gateway.exited()).toBe(1);
    expect(gateway.output()).toContain("OFFA_GATEWAY_CONFIG_INVALID");
    expect(gateway.output()).toContain("GATEWAY_PORT=http");
    expect(gateway.output()).toContain("OFFA_URL=ftp://x");
  });

  it("stays ready, naming the subgraph that is down, while it can still answer partial data", async () => {
    const urls = Object.fromEntries(
      running.map((subgraph) => [`${subgraph.name.toUpperCase()}_URL`, subgraph.url]),
    );
    const gateway = spawnEntry("gateway/main.ts", {
      ...urls,
      SFPME_URL: "http://127.0.0.1:9/graphql",
      GATEWAY_PORT: "0",
    });
    const [, url] = await gateway.waitFor(/ready at (http:\/\/127\.0\.0\.1:\d+\/)/);
    expect((await fetch(new URL("/healthz", url))).status).toBe(200);
    const ready = await fetch(new URL("/readyz", url));
    expect(ready.status).toBe(200);
    const { checks } = (await ready.json()) as { checks: Record<string, unknown> };
    expect([checks.cefa, checks.offa, typeof checks.sfpme]).toEqual([true, true, "string"]);
    gateway.child.kill("SIGTERM");
    expect(await gateway.exited()).toBe(0);
  });

  it("is not ready when no subgraph is: it could answer nothing", async () => {
    const down = Object.fromEntries(
      running.map((subgraph) => [`${subgraph.name.toUpperCase()}_URL`, "http://127.0.0.1:9/graphql"]),
    );
    const gateway = spawnEntry("gateway/main.ts", { ...down, GATEWAY_PORT: "0" });
    const [, url] = await gateway.waitFor(/ready at (http:\/\/127\.0\.0\.1:\d+\/)/);
    const ready = await fetch(new URL("/readyz", url));
    expect(ready.status).toBe(503);
    const { checks } = (await ready.json()) as { checks: Record<string, unknown> };
    expect(Object.values(checks).every((state) => typeof state === "string")).toBe(true);
    gateway.child.kill("SIGTERM");
    expect(await gateway.exited()).toBe(0);
  });

  it("exits 1 with OFFA_GATEWAY_LISTEN_FAILED naming the setting when its port is in use", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    try {
      const port = String((holder.address() as AddressInfo).port);
      const gateway = spawnEntry("gateway/main.ts", { GATEWAY_PORT: port });
      expect(await gateway.exited()).toBe(1);
      expect(gateway.output()).toContain("OFFA_GATEWAY_LISTEN_FAILED");
      expect(gateway.output()).toContain(`127.0.0.1:${port} is already in use`);
      expect(gateway.output()).toContain("GATEWAY_PORT");
      expect(gateway.output()).not.toContain("    at ");
    } finally {
      holder.close();
    }
  });
});
