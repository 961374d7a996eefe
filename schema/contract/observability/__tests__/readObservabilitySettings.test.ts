import { OBSERVABILITY_DEFAULTS } from "../ObservabilitySettings";
import { readObservabilitySettings } from "../readObservabilitySettings";

describe("readObservabilitySettings", () => {
  it("gives the defaults when nothing is set: info logs, metrics on, no tracing", () => {
    const problems: string[] = [];
    expect(readObservabilitySettings({}, problems)).toEqual({
      logLevel: "info",
      metricsEnabled: true,
      tracesExporter: "none",
    });
    expect(OBSERVABILITY_DEFAULTS.tracesExporter).toBe("none");
    expect(problems).toEqual([]);
  });

  it("reads every valid value", () => {
    const problems: string[] = [];
    const settings = readObservabilitySettings(
      {
        LOG_LEVEL: "debug",
        METRICS_ENABLED: "false",
        OTEL_TRACES_EXPORTER: "otlp",
        OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector.monitoring:4318",
      },
      problems,
    );
    expect(settings).toEqual({ logLevel: "debug", metricsEnabled: false, tracesExporter: "otlp" });
    expect(problems).toEqual([]);
  });

  it("lists every invalid setting at once, keeping the defaults", () => {
    const problems: string[] = [];
    const settings = readObservabilitySettings(
      {
        LOG_LEVEL: "verbose",
        METRICS_ENABLED: "yes",
        OTEL_TRACES_EXPORTER: "jaeger",
        OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318",
      },
      problems,
    );
    expect(settings).toEqual(OBSERVABILITY_DEFAULTS);
    expect(problems).toEqual([
      "LOG_LEVEL=verbose must be one of trace, debug, info, warn, error, fatal, silent",
      "OTEL_TRACES_EXPORTER=jaeger must be one of none, console, otlp",
      "METRICS_ENABLED=yes must be true or false",
      "OTEL_EXPORTER_OTLP_ENDPOINT=collector:4318 must be an http(s) URL",
    ]);
  });
});
