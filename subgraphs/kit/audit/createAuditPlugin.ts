import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Database } from "../db/Database";
import type { SubgraphErrorCode } from "../errors/subgraphErrorCodes";
import { derivePseudonym, type PseudonymKey } from "../pseudonyms";
import type { SubgraphRequest } from "../server/SubgraphRequest";
import { appendAuditRecord } from "./appendAuditRecord";
import type { AuditedLearner, AuditEntry } from "./AuditRecord";
import { auditSchemaName } from "./auditSchemaName";
import { identifyLearner } from "./identifyLearner";
import { readLearnerLevelCoordinates } from "./readLearnerLevelCoordinates";

const AUDIT_WRITE_FAILED: SubgraphErrorCode = "OFFA_AUDIT_WRITE_FAILED";

/** What the audit plugin of one subgraph needs. */
export interface AuditPluginOptions {
  /** The subgraph's name: recorded in each record, and names its audit schema (`audit_<name>`). */
  subgraph: string;
  /** The subgraph's schema: its access directives say which types and fields are learner-level. */
  schema: GraphQLSchema;
  /** The subgraph's own store, where its audit chain lives. */
  db: Database;
  /** The types that are learners themselves (SubgraphDefinition.learnerTypes): their `id` names the learner. */
  learnerTypes: readonly string[];
  /** The `audit` domain key national numbers are pseudonymised with. */
  pseudonymKey: PseudonymKey;
  /** The request the kit verified, from the context (startSubgraphServer sets `request`). */
  requestOf(context: object): SubgraphRequest;
  /**
   * The audit pseudonyms of learners whose objects carry neither national number nor pseudonym, by id
   * (SubgraphDefinition.auditPseudonyms, OFFA's stored pseudonyms); one call per audited request. Learners it
   * does not know keep a null pseudonym.
   */
  auditPseudonyms?(learnerIds: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** Writes one entry; default appendAuditRecord on `db`. A rejection fails the request. */
  append?(entry: AuditEntry): Promise<unknown>;
  /** Where a failed write is reported with its request id; default console.error. */
  log?(line: string): void;
}

/**
 * Audits every learner-level read (domain.md §9, issue 8 item 5): while a request executes, notes each resolved
 * field of a learner-level type (and each learner-level field) and the learner each object is about; before the
 * response leaves (`willSendResponse`, awaited), appends one record to the subgraph's audit chain naming who,
 * role, provider, purpose, the learners (audit pseudonyms where known, and ids), the fields and the request id.
 * A request that read no learner-level field writes nothing. When the write fails, the response is replaced by
 * one OFFA_AUDIT_WRITE_FAILED error and no data: nothing read may leave unrecorded. State lives in the closure
 * of each request, never in a module variable.
 */
export function createAuditPlugin(options: AuditPluginOptions): ApolloServerPlugin<object> {
  const { types, fields } = readLearnerLevelCoordinates(options.schema);
  const learnerTypes = new Set(options.learnerTypes);
  const auditSchema = auditSchemaName(options.subgraph);
  const append = options.append ?? ((entry: AuditEntry) => appendAuditRecord(options.db, auditSchema, entry));
  const log = options.log ?? ((line: string) => console.error(line));
  const pseudonyms = new Map<string, string>(); // national number → pseudonym: pure, so safe to share

  const pseudonymOf = (nationalNumber: string): string => {
    let pseudonym = pseudonyms.get(nationalNumber);
    if (pseudonym === undefined) {
      pseudonym = derivePseudonym("audit", nationalNumber, options.pseudonymKey);
      if (pseudonyms.size > 100_000) pseudonyms.clear();
      pseudonyms.set(nationalNumber, pseudonym);
    }
    return pseudonym;
  };

  return {
    async requestDidStart() {
      const readFields = new Set<string>();
      const learners = new Map<string, AuditedLearner>();
      const identified = new WeakSet<object>();
      return {
        async executionDidStart() {
          return {
            willResolveField({ source, info }) {
              // Called for every field of every object: the common case (not learner-level) returns at once.
              const typeName = info.parentType.name;
              const learnerLevelType = types.has(typeName);
              if (!learnerLevelType && (fields.size === 0 || !fields.has(`${typeName}.${info.fieldName}`)))
                return;
              readFields.add(`${typeName}.${info.fieldName}`);
              if (!learnerLevelType || typeof source !== "object" || source === null) return;
              if (identified.has(source)) return; // one object, many fields: identified once
              identified.add(source);
              const learner = identifyLearner(typeName, source, learnerTypes);
              if (!learner) return;
              const pseudonym =
                learner.auditPseudonym ??
                (learner.nationalNumber === null ? null : pseudonymOf(learner.nationalNumber));
              const known = learners.get(learner.id);
              if (!known) learners.set(learner.id, { id: learner.id, pseudonym });
              else if (known.pseudonym === null && pseudonym !== null) known.pseudonym = pseudonym;
            },
          };
        },
        async willSendResponse({ response, contextValue }) {
          if (readFields.size === 0) return;
          const { claims, requestId } = options.requestOf(contextValue);
          const entry = (): AuditEntry => ({
            subgraph: options.subgraph,
            requestId,
            // enforceAccess refuses learner-level fields to a caller without claims; recorded all the same.
            subject: claims?.subject ?? "(no claims)",
            role: claims?.role ?? "(none)",
            provider: claims?.provider ?? null,
            purpose: claims?.purpose ?? null,
            learners: [...learners.values()],
            fields: [...readFields].sort(),
            pseudonymKeyId: options.pseudonymKey.id,
          });
          try {
            const unnamed = [...learners.values()].filter((learner) => learner.pseudonym === null);
            if (options.auditPseudonyms && unnamed.length > 0) {
              const found = await options.auditPseudonyms(unnamed.map((learner) => learner.id));
              for (const learner of unnamed) learner.pseudonym = found.get(learner.id) ?? null;
            }
            await append(entry());
          } catch (error) {
            // HTTP stays 200: the gateway reads a GraphQL error body and keeps its code; a 5xx would become
            // its own generic error.
            log(
              JSON.stringify({
                level: "error",
                code: AUDIT_WRITE_FAILED,
                subgraph: options.subgraph,
                requestId,
                message: (error as Error).message,
              }),
            );
            response.body = {
              kind: "single",
              singleResult: {
                errors: [
                  {
                    message: `The read could not be recorded in the audit log (request ${requestId}); nothing is returned.`,
                    extensions: { code: AUDIT_WRITE_FAILED, requestId },
                  },
                ],
              },
            };
          }
        },
      };
    },
  };
}
