import { createRequire } from "node:module";
import type { SpanExporter } from "@opentelemetry/sdk-trace-node";
import type { TracesExporter } from "./ObservabilitySettings";

/** A process's hold on tracing; the last `release()` flushes the spans and turns tracing off. */
export interface TracingHandle {
  /** Whether spans are recorded (false: OTEL_TRACES_EXPORTER=none, nothing was loaded). */
  readonly active: boolean;
  release(): Promise<void>;
}

/** Options of startTracing. */
export interface TracingOptions {
  /** OTEL_TRACES_EXPORTER, or an exporter object (tests pass an InMemorySpanExporter). */
  exporter: TracesExporter | SpanExporter;
  /** `service.name` of the spans (OTEL_SERVICE_NAME wins when set, as OpenTelemetry specifies). */
  serviceName: string;
  /** Incoming paths that get no span (health probes, /metrics). */
  ignoredPaths: ReadonlySet<string>;
}

const NOTHING: TracingHandle = { active: false, release: async () => undefined };

/**
 * Tracing is process-wide (one global tracer provider, one patched `http` module), while `npm start` runs five
 * servers in one process: each server holds it, the first one starts it with its options, the last release
 * stops it.
 */
let shared: { holders: number; started: Promise<() => Promise<void>> } | undefined;

/**
 * Starts OpenTelemetry tracing when an exporter is configured; with `none` it loads nothing (the SDK is
 * imported dynamically, so the default path costs no module load). Spans: Node's `http` server and client
 * (instrumentation-http; every outgoing request, the gateway's calls to subgraphs included, carries a W3C
 * `traceparent`, and each subgraph continues the trace) and the spans Apollo Gateway creates itself (request,
 * plan, execute, one fetch per subgraph call) through @opentelemetry/api.
 */
export async function startTracing(options: TracingOptions): Promise<TracingHandle> {
  if (options.exporter === "none") return NOTHING;
  if (shared === undefined)
    shared = { holders: 0, started: startSdk({ ...options, exporter: options.exporter }) };
  const current = shared;
  current.holders += 1;
  await current.started;
  let released = false;
  return {
    active: true,
    release: async () => {
      if (released) return;
      released = true;
      current.holders -= 1;
      if (current.holders > 0) return;
      if (shared === current) shared = undefined;
      await (
        await current.started
      )();
    },
  };
}

async function startSdk(
  options: TracingOptions & { exporter: Exclude<TracingOptions["exporter"], "none"> },
): Promise<() => Promise<void>> {
  const [api, sdk, resources, instrumentation, http] = await Promise.all([
    import("@opentelemetry/api"),
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/instrumentation"),
    import("@opentelemetry/instrumentation-http"),
  ]);
  const exporter: SpanExporter =
    options.exporter === "console"
      ? new sdk.ConsoleSpanExporter()
      : options.exporter === "otlp"
        ? new (await import("@opentelemetry/exporter-trace-otlp-http")).OTLPTraceExporter()
        : options.exporter;
  const provider = new sdk.NodeTracerProvider({
    resource: resources.resourceFromAttributes({
      "service.name": process.env.OTEL_SERVICE_NAME || options.serviceName,
    }),
    // Batched for the network; one by one otherwise, so the console shows a span as it ends.
    spanProcessors: [
      options.exporter === "otlp"
        ? new sdk.BatchSpanProcessor(exporter)
        : new sdk.SimpleSpanProcessor(exporter),
    ],
  });
  provider.register();
  const pathOf = (url: string | undefined) => new URL(url ?? "/", "http://server.invalid").pathname;
  const disable = instrumentation.registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new http.HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => options.ignoredPaths.has(pathOf(req.url)),
      }),
    ],
  });
  // The instrumentation patches `http` when it is next required: this process loaded it long ago, so require it
  // once more, through Node's own require (the patch then applies to the one module object everyone shares).
  const nodeRequire = createRequire(__filename);
  nodeRequire("http");
  nodeRequire("https");
  return async () => {
    disable();
    await provider.shutdown();
    api.trace.disable();
    api.context.disable();
    api.propagation.disable();
  };
}
