import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { GraphQLError } from "graphql";
import { createPostgresDatabase } from "../../../subgraphs/kit/db/createPostgresDatabase";
import { guardStoreReads } from "../../../subgraphs/kit/db/guardStoreReads";
import { createTestDatabase, type TestDatabase } from "../../helpers/createTestDatabase";

/*
 * Issue 9: a provider store that stops answering fails the request's reads fast, with OFFA_STORE_FAILED naming
 * the provider, instead of holding the request until the gateway's subgraph timeout.
 */

const OWNER = { subgraph: "cefa", provider: "CEFA" };

async function failureOf(work: Promise<unknown>): Promise<{ error: GraphQLError; ms: number }> {
  const started = Date.now();
  try {
    await work;
  } catch (error) {
    return { error: error as GraphQLError, ms: Date.now() - started };
  }
  throw new Error("the read succeeded");
}

describe("a PostgreSQL server that accepts connections and never answers", () => {
  let silent: Server;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => silent.close(resolve));
  });

  test("fails a read within the connect timeout, as OFFA_STORE_FAILED naming the provider", async () => {
    const { port } = silent.address() as AddressInfo;
    const db = createPostgresDatabase(`postgresql://postgres@127.0.0.1:${port}/none`, {
      timeouts: { connectMs: 300, queryMs: 300 },
    });
    try {
      const { error, ms } = await failureOf(guardStoreReads(db, OWNER).query("SELECT 1"));
      expect(error.extensions).toMatchObject({
        code: "OFFA_STORE_FAILED",
        provider: "CEFA",
        subgraph: "cefa",
      });
      expect(error.message).toContain("CEFA");
      expect(ms).toBeLessThan(2_000);
    } finally {
      await db.close();
    }
  });
});

describe("a statement slower than the request timeout on the real server", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  test("fails the request's read fast; scripts' statements are not bounded; the store keeps answering", async () => {
    const db = createPostgresDatabase(database.url, { timeouts: { connectMs: 2_000, queryMs: 300 } });
    try {
      const guarded = guardStoreReads(db, OWNER);
      const { error, ms } = await failureOf(guarded.query("SELECT pg_sleep(1.5)"));
      expect(error.extensions?.code).toBe("OFFA_STORE_FAILED");
      expect(ms).toBeLessThan(1_200);
      // The unguarded store (seeding, reports) may run long statements.
      await expect(db.query("SELECT pg_sleep(0.5) AS slept")).resolves.toHaveLength(1);
      await expect(guarded.query<{ one: number }>("SELECT 1 AS one")).resolves.toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });
});
