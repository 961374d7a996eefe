import { createServer, type AddressInfo } from "node:net";
import { createTestDatabase, type TestDatabase } from "../../helpers/createTestDatabase";
import { DEVELOPER_CLAIMS, postSignedToSubgraph } from "../../helpers/signedSubgraphRequest";
import { spawnEntry } from "../../helpers/spawnProcess";

/** Production shape: each subgraph runs as its own process, configured by environment variables. */
describe("a subgraph run alone as its own process", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it("migrates its store, serves its schema and drains on SIGTERM", async () => {
    // Another loopback address than the default: the listen host is a setting (containers use 0.0.0.0).
    const cefa = spawnEntry("subgraphs/cefa/main.ts", {
      CEFA_DATABASE_URL: database.url,
      CEFA_PORT: "0",
      CEFA_HOST: "127.0.0.2",
    });
    const [, url] = await cefa.waitFor(/ready at (http:\/\/127\.0\.0\.2:\d+\/)/);
    const response = await postSignedToSubgraph<{ cefaCodes: { code: string }[] }>(
      url,
      `{ cefaCodes(kind: LEVEL) { code } }`,
      {},
      { subgraph: "cefa", claims: DEVELOPER_CLAIMS },
    );
    expect(response.data!.cefaCodes.map((code) => code.code)).toEqual(["P1", "P2", "P3"]);
    // Health needs no signature: liveness touches nothing, readiness asks the store.
    expect((await fetch(new URL("/healthz", url))).status).toBe(200);
    const ready = await fetch(new URL("/readyz", url));
    expect([ready.status, ((await ready.json()) as { checks: unknown }).checks]).toEqual([
      200,
      { store: true },
    ]);
    cefa.child.kill("SIGTERM");
    expect(await cefa.exited()).toBe(0);
  });

  it("exits 1 naming the setting to fix when its database is unreachable", async () => {
    const offa = spawnEntry("subgraphs/offa/main.ts", {
      OFFA_DATABASE_URL: "postgresql://127.0.0.1:1/nowhere",
      OFFA_PORT: "0",
    });
    expect(await offa.exited()).toBe(1);
    expect(offa.output()).toContain("OFFA_DATABASE_UNREACHABLE");
    expect(offa.output()).toContain("Fix OFFA_DATABASE_URL");
  });

  it("exits 1 listing every invalid setting at once", async () => {
    const sfpme = spawnEntry("subgraphs/sfpme/main.ts", {
      SFPME_PORT: "99999",
      SFPME_HOST: "a host;rm",
      DATABASE_URL: "mysql://x",
    });
    expect(await sfpme.exited()).toBe(1);
    expect(sfpme.output()).toContain("OFFA_CONFIG_INVALID");
    expect(sfpme.output()).toContain("SFPME_PORT=99999");
    expect(sfpme.output()).toContain("SFPME_HOST=a host;rm must be a host name or an IP address");
    expect(sfpme.output()).toContain("DATABASE_URL must be a postgres");
  });

  it("exits 1 with OFFA_LISTEN_FAILED naming the setting when its port is in use", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    try {
      const port = String((holder.address() as AddressInfo).port);
      const ifapme = spawnEntry("subgraphs/ifapme/main.ts", {
        IFAPME_DATABASE_URL: database.url,
        IFAPME_PORT: port,
      });
      expect(await ifapme.exited()).toBe(1);
      expect(ifapme.output()).toContain("OFFA_LISTEN_FAILED");
      expect(ifapme.output()).toContain(`127.0.0.1:${port} is already in use`);
      expect(ifapme.output()).toContain("IFAPME_PORT");
    } finally {
      holder.close();
    }
  });
});
