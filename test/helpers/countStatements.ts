import type { Database } from "../../subgraphs/kit";

/** A store wrapped to count the SQL statements sent through it. */
export interface CountedDatabase {
  db: Database;
  count(): number;
  /** The statements sent since the last reset, in order. */
  statements(): string[];
  reset(): void;
}

/** Wraps a store so a test can count its statements (batching must keep the count flat). */
export function countStatements(inner: Database): CountedDatabase {
  let sent: string[] = [];
  const db: Database = {
    kind: inner.kind,
    requestTimeoutMs: inner.requestTimeoutMs,
    query: (sql, params, options) => {
      sent.push(sql);
      return inner.query(sql, params, options);
    },
    exec: (sql) => {
      sent.push(sql);
      return inner.exec(sql);
    },
    transaction: (work) =>
      inner.transaction((tx) =>
        work({
          query: (sql, params, options) => {
            sent.push(sql);
            return tx.query(sql, params, options);
          },
        }),
      ),
    close: () => inner.close(),
  };
  return {
    db,
    count: () => sent.length,
    statements: () => [...sent],
    reset: () => {
      sent = [];
    },
  };
}
