import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Registry } from "prom-client";
import {
  createBoundedLabel,
  createLogger,
  createMetricsRegistry,
  type Logger,
  METRICS_PATH,
  type ObservabilitySettings,
  type ObservedRequests,
  observeHttpRequests,
  OPERATION_NAME_LABEL_LIMIT,
  QUIET_PATHS,
  REQUEST_ID_HEADER,
  requestOutcome,
  serveMetrics,
  startTracing,
  isSaneRequestId,
} from "../../../schema/contract/observability";
import type { Database } from "../db/Database";
import { createSubgraphMetrics } from "./SubgraphMetrics";
import { createSubgraphObservationPlugin } from "./createSubgraphObservationPlugin";

/** Distinct error codes kept as labels; codes come from the registries, so this only guards against a bug. */
const ERROR_CODE_LABEL_LIMIT = 200;

/** Everything one subgraph reports with, built once per subgraph server. */
export interface SubgraphObservability {
  logger: Logger;
  registry: Registry;
  plugin: ApolloServerPlugin;
  /** serveApolloHttp's `routes`: `/metrics`, unless METRICS_ENABLED=false. */
  routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
  /** Starts observing the listening server: one log line and the metrics of every request. */
  attach(server: Server): void;
  /** Releases tracing (the last server of the process to stop turns it off). */
  stop(): Promise<void>;
}

/**
 * A subgraph's logs, metrics and traces (subgraphs/kit/observability/README.md): one log line per request with
 * the id the gateway sent, the operation, status, outcome, duration and error codes; each error logged with its
 * stack; requests, errors and latency counted, and the store's pool use read at each scrape.
 */
export async function createSubgraphObservability(options: {
  subgraph: string;
  settings: ObservabilitySettings;
  db: Database;
}): Promise<SubgraphObservability> {
  const { subgraph, settings } = options;
  const logger = createLogger({ level: settings.logLevel, service: subgraph });
  const registry = createMetricsRegistry();
  const metrics = createSubgraphMetrics(registry, subgraph, options.db);
  const operationLabel = createBoundedLabel(OPERATION_NAME_LABEL_LIMIT);
  const codeLabel = createBoundedLabel(ERROR_CODE_LABEL_LIMIT);
  let observed: ObservedRequests | undefined;
  const requests: ObservedRequests = { find: (requestId) => observed?.find(requestId) };
  const tracing = await startTracing({
    exporter: settings.tracesExporter,
    serviceName: `offa-subgraph-${subgraph}`,
    ignoredPaths: QUIET_PATHS,
  });
  return {
    logger,
    registry,
    plugin: createSubgraphObservationPlugin(requests, logger),
    routes: settings.metricsEnabled ? { [METRICS_PATH]: serveMetrics(registry) } : {},
    attach(server) {
      observed = observeHttpRequests(server, {
        ignoredPaths: QUIET_PATHS,
        // The id is part of the gateway's signature: the request reaches verification untouched. A request
        // without one (not from the gateway) gets a log id of its own, which its GraphQL layer cannot match.
        writeBack: false,
        requestIdOf: (req) => {
          const header = req.headers[REQUEST_ID_HEADER];
          return typeof header === "string" && isSaneRequestId(header) ? header : randomUUID();
        },
        onEnd(observation, end) {
          const outcome = requestOutcome(observation, end);
          const operationType = observation.operationType ?? "none";
          metrics.requests.inc({
            subgraph,
            operation_name:
              observation.operationType === undefined ? "none" : operationLabel(observation.operationName),
            operation_type: operationType,
            outcome,
          });
          metrics.requestDuration.observe(
            { subgraph, operation_type: operationType, outcome },
            end.durationSeconds,
          );
          for (const code of end.errorCodes) metrics.errors.inc({ subgraph, code: codeLabel(code) });
          const line = {
            requestId: observation.requestId,
            operationName: observation.operationName ?? null,
            operationType: observation.operationType ?? null,
            status: end.status,
            outcome,
            durationMs: Math.round(end.durationSeconds * 1e6) / 1e3,
            errorCodes: end.errorCodes,
          };
          if (end.status >= 500) logger.error(line, "request");
          else logger.info(line, "request");
        },
      });
    },
    stop: () => tracing.release(),
  };
}
