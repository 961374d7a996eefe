import type { RequestEnd, RequestObservation } from "./observeHttpRequests";

/**
 * How a request ended, for a metric label and the log line: `ok` (no error), `partial` (data and errors),
 * `error` (no data, or an HTTP error status), `aborted` (the client left first).
 */
export type RequestOutcome = "ok" | "partial" | "error" | "aborted";

export function requestOutcome(observation: RequestObservation, end: RequestEnd): RequestOutcome {
  if (end.aborted) return "aborted";
  if (end.status >= 400) return "error";
  if (end.errorCodes.length === 0) return "ok";
  return observation.hasData ? "partial" : "error";
}
