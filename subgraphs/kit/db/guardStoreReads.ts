import { GraphQLError } from "graphql";
import type { Database, Queryable } from "./Database";

/** Whose store a guarded Database is: named in every error a caller sees. */
export interface StoreOwner {
  /** The subgraph's name (`cefa`, `offa`). */
  subgraph: string;
  /** The provider's name for a provider store ("CEFA", "IFAPME", "efp (SFPME)"); absent for OFFA's own store. */
  provider?: string;
}

/**
 * The request-time view of a store: a statement that fails (server down, connection cut, table unreadable,
 * timeout) becomes an error with the stable code OFFA_STORE_FAILED that names the store's owner, never a
 * driver message (it may name tables or hosts). The driver's error stays as `originalError` for the
 * subgraph's own log. Each read is bounded by the store's request timeout (DATABASE_QUERY_TIMEOUT_MS), so a
 * silent server fails the field fast instead of holding the request. Nothing here turns a failure into "no rows": the resolvers that read through this let
 * the error reach the caller at the field's path, so a provider's records are never presented as absent.
 */
export function guardStoreReads(db: Database, owner: StoreOwner): Database {
  // One view per store and owner, made once: per-store caches (OFFA's rule book) key on the store object, and a
  // new view per request would miss them every time.
  const views = guardedViews.get(db) ?? new Map<string, Database>();
  guardedViews.set(db, views);
  const key = `${owner.subgraph}:${owner.provider ?? ""}`;
  const existing = views.get(key);
  if (existing) return existing;
  const view = createGuardedView(db, owner);
  views.set(key, view);
  return view;
}

const guardedViews = new WeakMap<Database, Map<string, Database>>();

function createGuardedView(db: Database, owner: StoreOwner): Database {
  const fail = (error: unknown): never => {
    if (error instanceof GraphQLError) throw error;
    const whose = owner.provider ?? owner.subgraph.toUpperCase();
    throw new GraphQLError(
      `${whose}'s store could not be read: this part of the answer is missing, not empty. Retry later.`,
      {
        originalError: error instanceof Error ? error : new Error(String(error)),
        extensions: {
          code: "OFFA_STORE_FAILED",
          subgraph: owner.subgraph,
          ...(owner.provider ? { provider: owner.provider } : {}),
        },
      },
    );
  };
  const guarded = (queryable: Queryable): Queryable => ({
    query: <Row>(sql: string, params?: readonly unknown[]) =>
      queryable.query<Row>(sql, params, { timeoutMs: db.requestTimeoutMs }).catch(fail),
  });
  return {
    ...db,
    query: guarded(db).query,
    exec: (sql) => db.exec(sql).catch(fail),
    transaction: (work) => db.transaction((tx) => work(guarded(tx))).catch(fail),
  };
}
