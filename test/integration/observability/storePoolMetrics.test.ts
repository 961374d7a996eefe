import { Registry } from "prom-client";
import { createPostgresDatabase } from "../../../subgraphs/kit/db/createPostgresDatabase";
import type { Database } from "../../../subgraphs/kit";
import { createSubgraphMetrics } from "../../../subgraphs/kit/observability";
import { createTestDatabase, type TestDatabase } from "../../helpers/createTestDatabase";

async function poolGauge(registry: Registry): Promise<Record<string, number>> {
  const metric = (await registry.getMetricsAsJSON()).find(
    (entry) => entry.name === "offa_subgraph_store_connections",
  );
  const values = (metric?.values ?? []) as { labels: Record<string, string>; value: number }[];
  return Object.fromEntries(values.map((value) => [value.labels.state, value.value]));
}

describe("the store's pool on a subgraph's /metrics", () => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase("offa_obs_pool");
    db = createPostgresDatabase(database.url, { maxConnections: 2 });
  });

  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it("reports pg's pool counts at each scrape: open, idle, and queries waiting for a connection", async () => {
    const registry = new Registry();
    createSubgraphMetrics(registry, "cefa", db);
    expect(await poolGauge(registry)).toEqual({ total: 0, idle: 0, waiting: 0 });
    await db.query("SELECT 1");
    expect(await poolGauge(registry)).toEqual({ total: 1, idle: 1, waiting: 0 });
    // Three statements at once on a pool of two: one waits while both connections are busy.
    const running = Promise.all([1, 2, 3].map(() => db.query("SELECT pg_sleep(0.3)")));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await poolGauge(registry)).toEqual({ total: 2, idle: 0, waiting: 1 });
    await running;
    expect(await poolGauge(registry)).toEqual({ total: 2, idle: 2, waiting: 0 });
  });

  it("reports no pool gauge for a store without a pool (embedded PGlite, a wrapper)", async () => {
    const registry = new Registry();
    const withoutPool: Database = { ...db, poolStats: undefined };
    createSubgraphMetrics(registry, "cefa", withoutPool);
    expect(await poolGauge(registry)).toEqual({});
    expect(await registry.metrics()).toContain("# TYPE offa_subgraph_store_connections gauge");
  });
});
