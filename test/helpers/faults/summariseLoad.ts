import type { LoadSample } from "./startLoad";

/** Counts and latencies of a load, by kind: what the closing note of issue 9 reports. */
export interface LoadSummary {
  requests: number;
  seconds: number;
  /** full, partial (missing: cefa), violation, no-data, http 503, transport ECONNREFUSED, … */
  outcomes: Record<string, number>;
  /** `CODE [subgraph]` over every error of every response, marked `(no path)` when the error has none. */
  errorCodes: Record<string, number>;
  /** Violations of the "never silent" rule, each reason with how often it was seen. */
  violations: Record<string, number>;
  /** For each violation, the errors of the first response that showed it (code [subgraph] @ path). */
  violationExamples: Record<string, string>;
  latencyMs: { p50: number; p95: number; max: number };
}

/** The kind of one sample, as counted in `outcomes`. */
export function outcomeKind(sample: LoadSample): string {
  const { outcome } = sample;
  if (outcome.kind === "transport")
    return `transport ${outcome.code}${outcome.code === "ECONNREFUSED" ? "" : outcome.requestWritten ? " after the request was written" : " before the request was written"}${outcome.reusedSocket ? " (reused socket)" : ""}`;
  const { verdict } = outcome;
  switch (verdict.kind) {
    case "full":
      return "full";
    case "partial":
      return `partial (missing: ${verdict.missing.join(", ")})`;
    case "violation":
      return "violation";
    case "no-data":
      return "no data";
    case "http":
      return `HTTP ${verdict.status}`;
  }
}

/** Counts `samples` by kind, error code and violation, with latency percentiles. */
export function summariseLoad(samples: readonly LoadSample[]): LoadSummary {
  const count = (into: Record<string, number>, key: string) => (into[key] = (into[key] ?? 0) + 1);
  const outcomes: Record<string, number> = {};
  const errorCodes: Record<string, number> = {};
  const violations: Record<string, number> = {};
  const violationExamples: Record<string, string> = {};
  for (const sample of samples) {
    count(outcomes, outcomeKind(sample));
    if (sample.outcome.kind !== "response") continue;
    for (const error of sample.outcome.errors)
      count(
        errorCodes,
        `${error.code}${error.subgraph ? ` [${error.subgraph}]` : ""}${error.path ? "" : " (no path)"}`,
      );
    if (sample.outcome.verdict.kind === "violation")
      for (const reason of sample.outcome.verdict.reasons) {
        const key = reason.replace(/ \(learner [^)]*\)$/, "");
        count(violations, key);
        violationExamples[key] ??= `${reason}; errors: ${
          sample.outcome.errors
            .map(
              (error) =>
                `${error.code}${error.subgraph ? ` [${error.subgraph}]` : ""} @ ${error.path ?? "no path"}`,
            )
            .join("; ") || "none"
        }`;
      }
  }
  const latencies = samples.map((sample) => sample.latencyMs).sort((a, b) => a - b);
  const at = (share: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0);
  const first = Math.min(...samples.map((sample) => sample.sentAt));
  const last = Math.max(...samples.map((sample) => sample.receivedAt));
  return {
    requests: samples.length,
    seconds: samples.length > 0 ? (last - first) / 1000 : 0,
    outcomes,
    errorCodes,
    violations,
    violationExamples,
    latencyMs: { p50: at(0.5), p95: at(0.95), max: Math.round(latencies.at(-1) ?? 0) },
  };
}

/** The summary as lines for the test log and the closing note; `extra` adds measured times (recovery, …). */
export function formatLoadSummary(
  title: string,
  summary: LoadSummary,
  extra: Record<string, string | number> = {},
): string {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([, a], [, b]) => b - a)
      .map(([key, value]) => `${key} ×${value}`)
      .join(", ") || "none";
  return [
    `${title}: ${summary.requests} requests in ${summary.seconds.toFixed(1)} s`,
    `  outcomes: ${list(summary.outcomes)}`,
    `  error codes: ${list(summary.errorCodes)}`,
    `  violations: ${list(summary.violations)}`,
    ...Object.values(summary.violationExamples).map((example) => `    e.g. ${example}`),
    `  latency ms: p50 ${summary.latencyMs.p50}, p95 ${summary.latencyMs.p95}, max ${summary.latencyMs.max}`,
    ...Object.entries(extra).map(([key, value]) => `  ${key}: ${value}`),
  ].join("\n");
}
