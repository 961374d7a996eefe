/** Logs, metrics and traces: the parts the gateway and the subgraphs share (README.md beside this file). */
export {
  LOG_LEVELS,
  OBSERVABILITY_DEFAULTS,
  TRACES_EXPORTERS,
  type LogLevel,
  type ObservabilitySettings,
  type TracesExporter,
} from "./ObservabilitySettings";
export { readObservabilitySettings } from "./readObservabilitySettings";
export { createLogger, type Logger, type LoggerOptions } from "./createLogger";
export { captureLogOutput, processLogOutput, type CapturedLogOutput } from "./logOutput";
export { scrubLogLine, SCRUBBED_NATIONAL_NUMBER, SCRUBBED_TOKEN } from "./scrubLogLine";
export { createMetricsRegistry, LATENCY_BUCKETS_SECONDS, METRIC_PREFIX } from "./createMetricsRegistry";
export { METRICS_PATH, serveMetrics } from "./serveMetrics";
export {
  ANONYMOUS_LABEL,
  createBoundedLabel,
  OPERATION_NAME_LABEL_LIMIT,
  OTHER_LABEL,
} from "./createBoundedLabel";
export { errorCodesInBody, errorCodesOf, UNCODED_ERROR } from "./errorCodesOf";
export {
  observeHttpRequests,
  REQUEST_ID_HEADER,
  type ObservedRequests,
  type ObserveHttpRequestsOptions,
  type RequestEnd,
  type RequestObservation,
} from "./observeHttpRequests";
export { QUIET_PATHS } from "./quietPaths";
export { requestOutcome, type RequestOutcome } from "./requestOutcome";
export { startTracing, type TracingHandle, type TracingOptions } from "./startTracing";
export { isSaneRequestId } from "./isSaneRequestId";
