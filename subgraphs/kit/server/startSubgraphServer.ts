import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { Database } from "../db/Database";
import { subgraphErrorCodes } from "../errors/subgraphErrorCodes";
import {
  ListenError,
  serveApolloHttp,
  type ServingApollo,
  type ShutdownSettings,
} from "../../../schema/contract/http";
import { KitError } from "../errors/KitError";
import type { SubgraphDefinition } from "../SubgraphDefinition";
import { createMemoryNonceStore } from "./createMemoryNonceStore";
import { createRedisNonceStore } from "./createRedisNonceStore";
import type { NonceStore } from "./NonceStore";
import type { RequestVerificationSettings } from "./RequestVerificationSettings";
import type { SubgraphRequest } from "./SubgraphRequest";
import { verifySubgraphRequest } from "./verifySubgraphRequest";
import { enforceAccess } from "../access/enforceAccess";
import { createAuditPlugin } from "../audit/createAuditPlugin";
import { readAuditPseudonymKey } from "../audit/readAuditPseudonymKey";
import { createSubgraphObservability } from "../observability";
import { readObservabilitySettingsAtStart } from "../config/readSubgraphObservabilitySettings";
import type { ObservabilitySettings } from "../../../schema/contract/observability";

/** A subgraph serving HTTP; `stop()` drains and may be called twice. */
export interface RunningSubgraph {
  name: string;
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves a built subgraph schema on 127.0.0.1 (port 0 picks a free port, as tests do), accepting only requests
 * the gateway signed. Each request is checked before Apollo Server sees it (POST and GET, `_entities`, `_service`
 * and introspection alike), which needs the raw body bytes: hence node:http and `executeHTTPGraphQLRequest`
 * rather than startStandaloneServer, with its behaviours kept (JSON bodies, CSRF prevention, 405 with `allow`).
 */
export async function startSubgraphServer(options: {
  definition: SubgraphDefinition;
  schema: GraphQLSchema;
  db: Database;
  port: number;
  host?: string;
  verification: RequestVerificationSettings;
  /** LOG_LEVEL, METRICS_ENABLED, OTEL_TRACES_EXPORTER; absent: read from the environment at start. */
  observability?: ObservabilitySettings;
  /** How `stop()` drains (grace, then drain timeout); default IMMEDIATE_SHUTDOWN: no grace. */
  shutdown?: ShutdownSettings;
}): Promise<RunningSubgraph> {
  const { definition, schema, db, verification } = options;
  const nonces: NonceStore =
    verification.nonces.kind === "redis"
      ? await createRedisNonceStore(verification.nonces.url)
      : createMemoryNonceStore(verification.nonces.maxEntries);
  const auditKey = readAuditPseudonymKey();
  const observability = await createSubgraphObservability({
    subgraph: definition.name,
    settings: options.observability ?? readObservabilitySettingsAtStart(),
    db,
  });
  const server = new ApolloServer<object>({
    schema,
    // The process drains on SIGTERM itself (schema/contract/http stopOnSignals). Apollo's own handler would stop
    // the server, then send SIGTERM to the process again, which the drain takes for a second signal (exit 1).
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // Apollo's default landing page loads Sandbox from a CDN. A browser never gets it here (an unsigned request is
      // refused before Apollo sees it), but nothing about a subgraph should point outside the machine.
      ApolloServerPluginLandingPageDisabled(),
      // The schema's access directives, enforced again here against the claims the gateway signed.
      enforceAccess(schema, (context) => (context as { request: SubgraphRequest }).request.claims),
      // Every learner-level read recorded in this store's audit chain before the response leaves.
      createAuditPlugin({
        subgraph: definition.name,
        schema,
        db,
        learnerTypes: definition.learnerTypes,
        pseudonymKey: auditKey,
        requestOf: (context) => (context as { request: SubgraphRequest }).request,
        auditPseudonyms: definition.auditPseudonyms
          ? (ids) => definition.auditPseudonyms!(db, ids, auditKey)
          : undefined,
      }),
      // One log line, metrics and each error's stack per request, under the gateway's request id.
      observability.plugin,
    ],
    // Introspection answers only signed requests, like every other operation: composition checks and tools
    // reach it through the gateway's key.
    introspection: true,
    // Stack traces name files and lines: never in a response, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: false,
  });

  await server.start();
  let serving: ServingApollo;
  try {
    serving = await serveApolloHttp<object>({
      server,
      host: options.host ?? "127.0.0.1",
      port: options.port,
      listenSetting: `${definition.name.toUpperCase()}_HOST / ${definition.name.toUpperCase()}_PORT`,
      // Ready when its store answers; live whatever the store does.
      readiness: async () => {
        try {
          await db.query("SELECT 1");
          return { ready: true, checks: { store: true } };
        } catch (error) {
          return { ready: false, checks: { store: `unreachable: ${(error as Error).message}` } };
        }
      },
      maxBodyBytes: verification.maxBodyBytes,
      tooLarge: { message: subgraphErrorCodes.OFFA_REQUEST_TOO_LARGE.cause, code: "OFFA_REQUEST_TOO_LARGE" },
      // Every request is checked before Apollo Server sees it: the gateway's signature over the raw body.
      async prepare(req, body) {
        const verdict = await verifySubgraphRequest(req, body, definition.name, verification, nonces);
        if (!verdict.ok) {
          return {
            status: verdict.status,
            message: subgraphErrorCodes[verdict.code].cause,
            code: verdict.code,
          };
        }
        return {
          context: async () =>
            Object.assign(definition.createContext(db, verdict.request), { request: verdict.request }),
        };
      },
      routes: observability.routes,
      onUnexpectedError: (error) => observability.logger.error({ err: error }, "unexpected error"),
    });
    observability.attach(serving.httpServer);
  } catch (error) {
    await server.stop();
    await nonces.close();
    await observability.stop();
    throw error instanceof ListenError ? new KitError("OFFA_LISTEN_FAILED", error.message) : error;
  }
  let stopping: Promise<void> | undefined;
  return {
    name: definition.name,
    url: serving.url,
    stop: () =>
      (stopping ??= (async () => {
        await serving.close(options.shutdown);
        await server.stop();
        await nonces.close();
        await observability.stop();
      })()),
  };
}
