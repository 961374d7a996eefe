/** The log levels LOG_LEVEL accepts: pino's, most to least verbose, then `silent`. */
export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Where finished spans go (OTEL_TRACES_EXPORTER, the OpenTelemetry variable's name and values): `none` loads no
 * tracing code at all, `console` prints spans on stdout, `otlp` sends them over OTLP/HTTP to
 * OTEL_EXPORTER_OTLP_ENDPOINT (the OpenTelemetry default, http://localhost:4318, when unset).
 */
export const TRACES_EXPORTERS = ["none", "console", "otlp"] as const;
export type TracesExporter = (typeof TRACES_EXPORTERS)[number];

/** How a process reports what it does: logs, metrics and traces (schema/contract/observability/README.md). */
export interface ObservabilitySettings {
  /** LOG_LEVEL; default `info`: one line per request and every error. */
  logLevel: LogLevel;
  /** METRICS_ENABLED; default true: `/metrics` answered on the server's own port. */
  metricsEnabled: boolean;
  /** OTEL_TRACES_EXPORTER; default `none`: nothing leaves the machine unless asked. */
  tracesExporter: TracesExporter;
}

/** Every default in one place: what a process does when no observability setting is set. */
export const OBSERVABILITY_DEFAULTS: ObservabilitySettings = {
  logLevel: "info",
  metricsEnabled: true,
  tracesExporter: "none",
};
