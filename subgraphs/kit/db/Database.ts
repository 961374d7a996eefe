/**
 * The one database interface every subgraph talks to, whatever sits behind it: real PostgreSQL (pg) or
 * embedded PostgreSQL (PGlite). Same SQL on both. Dates come back as 'YYYY-MM-DD' strings and numerics as
 * strings on both paths, so no time zone or float rounding creeps in.
 */
export interface Queryable {
  /** Runs one parameterised statement and returns its rows. */
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<Row[]>;
}

/** Per-statement options. */
export interface QueryOptions {
  /**
   * Fail the statement when no answer came within this many ms (PostgreSQL: the client stops waiting; a server
   * that went silent cannot hold the request). The embedded store runs in-process and ignores it.
   */
  timeoutMs?: number;
}

export interface Database extends Queryable {
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs `work` on one connection of its own for its whole duration, so that session state holds across its
   * statements (an advisory lock, SET, BEGIN…COMMIT): PostgreSQL opens a connection outside the pool, without the
   * request-time timeouts (migrations may run long) and closes it after, which also frees the session's locks if
   * the work dies; the embedded store has one session and runs these works one at a time. Optional so that
   * wrappers that only observe statements need not forward it; runMigrations requires it on PostgreSQL.
   */
  withConnection?<T>(work: (connection: Connection) => Promise<T>): Promise<T>;
  /** Closes the connections; safe to call twice. */
  close(): Promise<void>;
  /** 'postgres' or 'embedded', for logs and the start banner. */
  readonly kind: DatabaseKind;
  /**
   * The connection pool's use now, for the metrics (subgraphs/kit/observability). Absent when the store has no
   * pool: embedded PGlite runs one session, and a wrapper (tests) may not pass it on.
   */
  poolStats?(): PoolStats;
  /**
   * The longest a read made while serving a request may take (guardStoreReads applies it); undefined: no limit.
   * Scripts (seeding, reports) run their long statements without it.
   */
  readonly requestTimeoutMs?: number;
}

export type DatabaseKind = "postgres" | "embedded";

/** Where a store lives: a PostgreSQL URL, or a folder for embedded PostgreSQL. */
export type DatabaseSettings =
  { kind: "postgres"; url: string; timeouts?: PostgresTimeouts } | { kind: "embedded"; dataDir: string };

/**
 * How long a PostgreSQL store may take before a read fails (and is reported as OFFA_STORE_FAILED): a server
 * that stops answering must fail a request fast, never hold it until the gateway gives up on the subgraph.
 */
export interface PostgresTimeouts {
  /** Getting a connection from the pool, opening one if needed (DATABASE_CONNECT_TIMEOUT_MS). */
  connectMs: number;
  /** One statement made while serving a request, end to end (DATABASE_QUERY_TIMEOUT_MS). */
  queryMs: number;
}

/**
 * Modelling choices: 5 s to get a connection and 5 s per statement. A healthy server answers a connection in
 * milliseconds when the host is idle, but opening one means forking a backend: on a loaded 2-core host (CI, with
 * two test stacks and Chromium beside the server) opening several at once took over 2 s, the earlier default,
 * and failed reads that would have taken 50 ms. 5 s per statement: the heaviest request-time statement, a batch
 * of 500 learners' contracts, takes well under 1 s at scale 1. Together they stay well below the gateway's 30 s
 * per subgraph call (GATEWAY_SUBGRAPH_TIMEOUT_MS), so the subgraph's own error, naming its store, arrives first.
 */
export const POSTGRES_TIMEOUT_DEFAULTS: PostgresTimeouts = { connectMs: 5_000, queryMs: 5_000 };

/** One database session (Database.withConnection): statements and scripts on the same connection. */
export interface Connection extends Queryable {
  /** Runs a script of several statements without parameters. */
  exec(sql: string): Promise<void>;
}

/** A connection pool's counts, as pg's Pool reports them. */
export interface PoolStats {
  /** Connections open, idle or in use. */
  total: number;
  /** Connections open and unused. */
  idle: number;
  /** Queries waiting for a connection (the pool is at its maximum). */
  waiting: number;
}
