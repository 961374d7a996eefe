/**
 * The one database interface every subgraph talks to, whatever sits behind it: real PostgreSQL (pg) or
 * embedded PostgreSQL (PGlite). Same SQL on both. Dates come back as 'YYYY-MM-DD' strings and numerics as
 * strings on both paths, so no time zone or float rounding creeps in.
 */
export interface Queryable {
  /** Runs one parameterised statement and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the connections; safe to call twice. */
  close(): Promise<void>;
  /** 'postgres' or 'embedded', for logs and the start banner. */
  readonly kind: DatabaseKind;
}

export type DatabaseKind = "postgres" | "embedded";

/** Where a store lives: a PostgreSQL URL, or a folder for embedded PostgreSQL. */
export type DatabaseSettings = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string };
