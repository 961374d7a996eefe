/**
 * What the gateway retries and how long it waits: the HTTP statuses and network errors that mean "the subgraph
 * could not take this request now" (so sending a query again may work), what counts against a subgraph's circuit
 * breaker, and the backoff.
 */

/** Bad gateway, unavailable, gateway timeout: a proxy or a subgraph starting or stopping; the next try may pass. */
export function isRetryableStatus(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}

/**
 * Whether an answer counts as a failure of the subgraph for its circuit breaker: a 5xx or a 429 (overloaded).
 * Any other 4xx is the subgraph refusing a request it judged bad (too large, unsigned…): it is up and
 * answering, so the caller's own bad requests never open the circuit.
 */
export function isSubgraphFailureStatus(status: number): boolean {
  return status >= 500 || status === 429;
}

/** Network errors that mean the request never got a full answer from a live connection: worth one more try. */
const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
]);

/** Whether a fetch error is a connection error (refused, reset, "socket hang up", unreachable…). */
export function isConnectionError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === "string" && CONNECTION_ERROR_CODES.has(code)) return true;
  if (typeof message === "string" && /socket hang up/i.test(message)) return true;
  // fetch() implementations wrap the network error ("fetch failed", cause: the socket's error).
  return cause !== undefined && cause !== error && isConnectionError(cause);
}

/**
 * The wait before retry `retry` (1 for the first): "full jitter", a uniformly random delay in
 * [0, baseMs × 2^(retry-1)), so the gateway's retries after one subgraph hiccup do not arrive together
 * (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015).
 */
export function fullJitterBackoffMs(
  retry: number,
  baseMs: number,
  random: () => number = Math.random,
): number {
  return Math.floor(random() * baseMs * 2 ** (retry - 1));
}
