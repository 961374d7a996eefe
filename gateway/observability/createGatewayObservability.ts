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
  requestOutcome,
  serveMetrics,
  startTracing,
} from "../../schema/contract/observability";
import { readRequestId, REQUEST_ID_HEADER } from "../auth/readRequestId";
import type { SubgraphCallObserver } from "../subgraphRequests/SubgraphCallObserver";
import { createGatewayMetrics } from "./GatewayMetrics";
import { createRequestObservationPlugin } from "./createRequestObservationPlugin";
import { createSubgraphCallRecorder } from "./createSubgraphCallRecorder";

/** Longest operation name a log line repeats: a name is the client's choice, and a log line must stay a line. */
const MAX_LOGGED_NAME = 100;
/** Distinct error codes kept as labels; codes come from the registries, so this only guards against a bug. */
const ERROR_CODE_LABEL_LIMIT = 200;

/** Everything the gateway reports with, built once per gateway from its settings. */
export interface GatewayObservability {
  logger: Logger;
  registry: Registry;
  /** Tells each request's observation its operation and errors (ApolloServer plugin). */
  plugin: ApolloServerPlugin;
  /** Hand to the subgraph data sources (createSubgraphServiceBuilder's `observer`). */
  subgraphObserver: SubgraphCallObserver;
  /** serveApolloHttp's `routes`: `/metrics`, unless METRICS_ENABLED=false. */
  routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
  /** Starts observing the listening server: one log line and the metrics of every request. */
  attach(server: Server): void;
  /** Releases tracing (the last server of the process to stop turns it off). */
  stop(): Promise<void>;
}

/**
 * The gateway's logs, metrics and traces (gateway/observability/README.md). Each request gets one log line
 * when its response ends, with its id (the caller's `x-request-id` when sane, else a UUID, echoed in the
 * response), operation, status, outcome, duration, error codes and the subgraphs called; never a token,
 * variables, or who the caller is beyond the role.
 */
export async function createGatewayObservability(
  settings: ObservabilitySettings,
  subgraphs: readonly string[],
): Promise<GatewayObservability> {
  const logger = createLogger({ level: settings.logLevel, service: "gateway" });
  const registry = createMetricsRegistry();
  const metrics = createGatewayMetrics(registry, subgraphs);
  const operationLabel = createBoundedLabel(OPERATION_NAME_LABEL_LIMIT);
  const codeLabel = createBoundedLabel(ERROR_CODE_LABEL_LIMIT);
  // The plugin and the observer exist before the server listens; they find requests once it does.
  let observed: ObservedRequests | undefined;
  const requests: ObservedRequests = { find: (requestId) => observed?.find(requestId) };
  const tracing = await startTracing({
    exporter: settings.tracesExporter,
    serviceName: "offa-gateway",
    ignoredPaths: QUIET_PATHS,
  });
  return {
    logger,
    registry,
    plugin: createRequestObservationPlugin(requests),
    subgraphObserver: createSubgraphCallRecorder(metrics, requests, (subgraph, state) =>
      logger.warn({ subgraph, circuit: state }, "subgraph circuit changed"),
    ),
    routes: settings.metricsEnabled ? { [METRICS_PATH]: serveMetrics(registry) } : {},
    attach(server) {
      observed = observeHttpRequests(server, {
        ignoredPaths: QUIET_PATHS,
        // The gateway's context and its signed calls to subgraphs then read this same id.
        writeBack: true,
        requestIdOf: (req) => {
          const header = req.headers[REQUEST_ID_HEADER];
          return readRequestId(Array.isArray(header) ? header.join(", ") : header);
        },
        onEnd(observation, end) {
          const outcome = requestOutcome(observation, end);
          const operationType = observation.operationType ?? "none";
          metrics.requests.inc({
            operation_name:
              observation.operationType === undefined ? "none" : operationLabel(observation.operationName),
            operation_type: operationType,
            outcome,
          });
          metrics.requestDuration.observe({ operation_type: operationType, outcome }, end.durationSeconds);
          for (const code of end.errorCodes) metrics.errors.inc({ code: codeLabel(code) });
          const line = {
            requestId: observation.requestId,
            operationName: observation.operationName?.slice(0, MAX_LOGGED_NAME) ?? null,
            operationType: observation.operationType ?? null,
            status: end.status,
            outcome,
            durationMs: Math.round(end.durationSeconds * 1e6) / 1e3,
            errorCodes: end.errorCodes,
            subgraphs: observation.details.subgraphs ?? [],
            role: observation.details.role ?? null,
          };
          if (end.status >= 500) logger.error(line, "request");
          else logger.info(line, "request");
        },
      });
    },
    stop: () => tracing.release(),
  };
}
