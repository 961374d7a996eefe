import { mkdirSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import type { Connection, Database, Queryable } from "./Database";

const DATE_OID = 1082;

/**
 * A Database over embedded PostgreSQL (PGlite, WebAssembly), kept in `dataDir` so a restart reopens it in
 * under a second. One process at a time may open a folder.
 */
export async function createEmbeddedDatabase(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  // PGlite ships as a dual package; the dynamic import keeps it out of processes that never use it.
  const { PGlite } = await import("@electric-sql/pglite");
  const pg: PGlite = await PGlite.create(dataDir, { parsers: { [DATE_OID]: (value: string) => value } });
  let closed = false;
  let sessionQueue: Promise<void> = Promise.resolve();
  // PGlite runs one statement at a time; its own queue keeps concurrent callers safe.
  return {
    kind: "embedded",
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await pg.query<Row>(sql, params as unknown[])).rows;
    },
    async exec(sql: string) {
      await pg.exec(sql);
    },
    async transaction<T>(work: (tx: Queryable) => Promise<T>) {
      return pg.transaction(async (inner) =>
        work({
          async query<Row>(sql: string, params: readonly unknown[] = []) {
            return (await inner.query<Row>(sql, params as unknown[])).rows;
          },
        }),
      );
    },
    withConnection<T>(work: (connection: Connection) => Promise<T>) {
      // One session only: works run one after the other, so each has the session to itself as on PostgreSQL.
      const run = sessionQueue.then(() =>
        work({
          async query<Row>(sql: string, params: readonly unknown[] = []) {
            return (await pg.query<Row>(sql, params as unknown[])).rows;
          },
          async exec(sql: string) {
            await pg.exec(sql);
          },
        }),
      );
      sessionQueue = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    },
    async close() {
      if (closed) return;
      closed = true;
      await pg.close();
    },
  };
}
