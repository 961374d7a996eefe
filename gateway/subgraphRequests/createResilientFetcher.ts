import type { CircuitBreaker } from "./CircuitBreaker";
import type { Fetcher } from "./createSigningFetcher";
import type { OperationKind } from "./operationKindOf";
import { timeoutMsFor, type SubgraphCallConfig } from "./readSubgraphCallConfig";
import {
  fullJitterBackoffMs,
  isConnectionError,
  isRetryableStatus,
  isSubgraphFailureStatus,
} from "./retryPolicy";
import type { SubgraphAttempt, SubgraphCallObserver } from "./SubgraphCallObserver";
import { subgraphCallError } from "./subgraphCallError";

/** What the data source knows of the call being fetched: the fetcher itself sees only a URL and a body. */
export interface SubgraphCall {
  operationKind: OperationKind;
  requestId?: string;
}

/** Options of createResilientFetcher; every optional field says its default. */
export interface ResilientFetcherOptions {
  /** The subgraph's name, for errors and the observer. */
  subgraph: string;
  /** Sends one attempt (and signs it: each attempt gets its own nonce, so a retry is never a replay). */
  fetcher: Fetcher;
  config: SubgraphCallConfig;
  /** This subgraph's breaker, shared by every call to it. */
  breaker: CircuitBreaker;
  observer: SubgraphCallObserver;
  /** The call being fetched; undefined counts as a mutation (never retried). */
  currentCall: () => SubgraphCall | undefined;
  /** Default Math.random (the backoff's jitter). */
  random?: () => number;
}

/**
 * Wraps the fetcher of one subgraph with its resilience: one overall timeout for the call (`timeoutMsFor`),
 * which aborts the attempt in flight and its socket; for queries only, up to `config.retries` more attempts
 * after a connection error or a 502/503/504, each after a full-jitter backoff and never past the overall
 * timeout; the subgraph's circuit breaker asked before each attempt and told its outcome; the observer told of
 * every attempt. What the caller sees when it all fails is a coded error naming the subgraph
 * (subgraphCallError): OFFA_GATEWAY_SUBGRAPH_TIMEOUT, _UNAVAILABLE (connection failed, or 429/502/503/504, after
 * the retries) or _CIRCUIT_OPEN (refused without calling). Other answers, 4xx and 500 included, are returned
 * for the data source to read.
 */
export function createResilientFetcher(options: ResilientFetcherOptions): Fetcher {
  const { subgraph, config, breaker } = options;
  const random = options.random ?? Math.random;
  const observe = (attempt: SubgraphAttempt) => {
    try {
      options.observer.attemptFinished(attempt);
    } catch {
      // An observer must not throw (SubgraphCallObserver); if one does, the call itself is unaffected.
    }
  };
  return async (url, init = {}) => {
    const call = options.currentCall() ?? { operationKind: "mutation" };
    const timeoutMs = timeoutMsFor(config, subgraph);
    const deadline = performance.now() + timeoutMs;
    const maxAttempts = call.operationKind === "query" ? 1 + config.retries : 1;
    const report = (attempt: number, outcome: SubgraphAttempt["outcome"], started: number, status?: number) =>
      observe({
        subgraph,
        operationKind: call.operationKind,
        attempt,
        outcome,
        ...(status !== undefined ? { status } : {}),
        durationSeconds: (performance.now() - started) / 1000,
        ...(call.requestId !== undefined ? { requestId: call.requestId } : {}),
      });
    let lastFailure: { status?: number; cause?: unknown } = {};
    let attempt = 1;
    for (; ; attempt += 1) {
      const permit = breaker.tryAcquire();
      if (permit === undefined) {
        if (attempt === 1) {
          report(attempt, "circuit_open", performance.now());
          throw subgraphCallError("OFFA_GATEWAY_SUBGRAPH_CIRCUIT_OPEN", subgraph, { attempts: 0 });
        }
        // The circuit opened during this call's retries: what the caller sees is the last real failure.
        attempt -= 1;
        break;
      }
      const started = performance.now();
      const controller = new AbortController();
      const timer = setTimeout(
        () => controller.abort(new Error("subgraph call timed out")),
        deadline - started,
      );
      try {
        const response = await options.fetcher(url, { ...init, signal: controller.signal });
        breaker.record(permit, isSubgraphFailureStatus(response.status));
        report(attempt, response.ok ? "ok" : "http_error", started, response.status);
        const unavailable = isRetryableStatus(response.status) || response.status === 429;
        if (!unavailable) return response;
        lastFailure = { status: response.status };
        await response.text().catch(() => undefined);
        // A 429 is the subgraph refusing more work now: unavailable too, but a retry would only add to its load.
        if (!isRetryableStatus(response.status) || attempt >= maxAttempts) break;
      } catch (error) {
        breaker.record(permit, true);
        if (controller.signal.aborted) {
          report(attempt, "timeout", started);
          throw subgraphCallError("OFFA_GATEWAY_SUBGRAPH_TIMEOUT", subgraph, {
            attempts: attempt,
            timeoutMs,
            cause: error,
          });
        }
        report(attempt, "connection_error", started);
        lastFailure = { cause: error };
        if (!isConnectionError(error) || attempt >= maxAttempts) break;
      } finally {
        clearTimeout(timer);
      }
      const delay = fullJitterBackoffMs(attempt, config.retryBaseMs, random);
      // A retry that could only start after the deadline is not worth its wait: fail now with what we know.
      if (performance.now() + delay >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    throw subgraphCallError("OFFA_GATEWAY_SUBGRAPH_UNAVAILABLE", subgraph, {
      attempts: attempt,
      ...lastFailure,
    });
  };
}
