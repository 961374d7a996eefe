import { Client, Pool, types } from "pg";
import {
  type Database,
  POSTGRES_TIMEOUT_DEFAULTS,
  type PostgresTimeouts,
  type Queryable,
  type QueryOptions,
  type Connection,
} from "./Database";

const DATE_OID = 1082;
const typeParsers = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === DATE_OID
      ? (value: string) => value
      : types.getTypeParser(oid, format as "text")) as typeof types.getTypeParser,
};

/** A Database over a real PostgreSQL server, through a pg pool. */
export function createPostgresDatabase(
  url: string,
  options: { maxConnections?: number; timeouts?: PostgresTimeouts } = {},
): Database {
  const timeouts = options.timeouts ?? POSTGRES_TIMEOUT_DEFAULTS;
  const pool = new Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    types: typeParsers,
    // A server that does not accept a connection in time fails the statement instead of queueing it for ever.
    connectionTimeoutMillis: timeouts.connectMs,
    // No JIT compilation: the figure statements (subgraphs/kit/figures) spent 0.1-0.5 s compiling each at scale 1
    // for no gain, and the other statements are too short to profit from it. A URL's own `options` still wins.
    options: "-c jit=off",
  });
  // An idle client's error (server restart) must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  let closed = false;
  return {
    kind: "postgres",
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    requestTimeoutMs: timeouts.queryMs,
    async query<Row>(sql: string, params: readonly unknown[] = [], queryOptions: QueryOptions = {}) {
      const result = await pool.query({
        text: sql,
        values: params as unknown[],
        ...(queryOptions.timeoutMs ? { query_timeout: queryOptions.timeoutMs } : {}),
      });
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<T>(work: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const tx: Queryable = {
          async query<Row>(sql: string, params: readonly unknown[] = []) {
            return (await client.query(sql, params as unknown[])).rows as Row[];
          },
        };
        const result = await work(tx);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async withConnection<T>(work: (connection: Connection) => Promise<T>) {
      // Its own session outside the pool: a pooled client would go back to the pool still holding the work's
      // session state, and the pool's request-time timeouts do not fit a migration.
      const client = new Client({
        connectionString: url,
        types: typeParsers,
        connectionTimeoutMillis: timeouts.connectMs,
      });
      client.on("error", () => undefined);
      await client.connect();
      try {
        return await work({
          async query<Row>(sql: string, params: readonly unknown[] = []) {
            return (await client.query(sql, params as unknown[])).rows as Row[];
          },
          async exec(sql: string) {
            await client.query(sql);
          },
        });
      } finally {
        // Ending the session frees whatever it still holds (an advisory lock after a failure).
        await client.end().catch(() => undefined);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
