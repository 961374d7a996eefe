import {
  LOG_LEVELS,
  type LogLevel,
  OBSERVABILITY_DEFAULTS,
  type ObservabilitySettings,
  TRACES_EXPORTERS,
  type TracesExporter,
} from "./ObservabilitySettings";

/**
 * Reads LOG_LEVEL, METRICS_ENABLED, OTEL_TRACES_EXPORTER and (when set) OTEL_EXPORTER_OTLP_ENDPOINT, pushing
 * every problem onto `problems` so the caller lists them with its own (the gateway's config, a subgraph's
 * SettingsReader). Unset or empty means the default; set but invalid is a problem.
 */
export function readObservabilitySettings(env: NodeJS.ProcessEnv, problems: string[]): ObservabilitySettings {
  const logLevel = oneOf<LogLevel>(env, "LOG_LEVEL", LOG_LEVELS, OBSERVABILITY_DEFAULTS.logLevel, problems);
  const tracesExporter = oneOf<TracesExporter>(
    env,
    "OTEL_TRACES_EXPORTER",
    TRACES_EXPORTERS,
    OBSERVABILITY_DEFAULTS.tracesExporter,
    problems,
  );
  const rawMetrics = env.METRICS_ENABLED;
  let metricsEnabled = OBSERVABILITY_DEFAULTS.metricsEnabled;
  if (rawMetrics !== undefined && rawMetrics !== "") {
    if (rawMetrics === "true" || rawMetrics === "false") metricsEnabled = rawMetrics === "true";
    else problems.push(`METRICS_ENABLED=${rawMetrics} must be true or false`);
  }
  // The exporter reads this variable itself; checked here so a typo stops the process at start, not at export.
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (endpoint !== undefined && endpoint !== "" && !/^https?:\/\/\S+$/.test(endpoint))
    problems.push(`OTEL_EXPORTER_OTLP_ENDPOINT=${endpoint} must be an http(s) URL`);
  return { logLevel, metricsEnabled, tracesExporter };
}

function oneOf<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${name}=${raw} must be one of ${allowed.join(", ")}`);
  return fallback;
}
