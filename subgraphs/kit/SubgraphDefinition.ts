import type { GraphQLSchema } from "graphql";
import type { Database, Queryable } from "./db/Database";
import type { ProviderNamespace } from "./provider/providerNamespaces";
import type { PseudonymKey } from "./pseudonyms/derivePseudonym";
import type { PseudonymKeys } from "./pseudonyms/PseudonymKeys";
import type { SubgraphRequest } from "./server/SubgraphRequest";

/** The subgraphs of the supergraph: one per provider, and OFFA's. */
export type SubgraphName = ProviderNamespace | "offa";

/**
 * The shape every subgraph exports from its index.ts: the kit boots any of them the same way (open the
 * store, migrate, build the schema, serve), alone or all together.
 */
export interface SubgraphDefinition {
  name: SubgraphName;
  /** The PostgreSQL schema that holds this subgraph's tables; nothing else reads it. */
  dbSchema: string;
  /** Folder of numbered SQL migrations. */
  migrationsDir: string;
  /**
   * The GraphQL types that are learners themselves (their `id` names the learner): the audit log records who
   * each learner-level read was about (kit/audit).
   */
  learnerTypes: readonly string[];
  /**
   * Its learners' audit-domain pseudonyms under `key`, by learner id, in one statement: derived from the national
   * numbers a provider keeps, or read from the pseudonyms OFFA stores. The audit log records them, so a GDPR
   * access request (npm run audit:learner) finds this subgraph's reads; without it, records name ids only.
   */
  auditPseudonyms?(
    db: Queryable,
    learnerIds: readonly string[],
    key: PseudonymKey,
  ): Promise<ReadonlyMap<string, string>>;
  /** Default TCP port when started alone. */
  defaultPort: number;
  /** The federated schema: pure, needs no database (composition runs without one). */
  buildSchema(): Promise<GraphQLSchema>;
  /**
   * Per-request context: fresh DataLoaders each request, never shared between requests. `request` holds what
   * the gateway vouched for (claims, request id); the kit also sets it as the context's `request` field.
   */
  createContext(db: Database, request: SubgraphRequest): object;
  /**
   * For a subgraph that works with learner pseudonyms (OFFA): the definition to start with these keys. Whoever
   * starts it reads them first (readPseudonymKeys: a bad key is a startup error), so no key comes from a database
   * or a default in production. Subgraphs without it never read a pseudonym key.
   */
  withPseudonymKeys?(keys: PseudonymKeys): SubgraphDefinition;
}
