import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import type { GraphQLResponse } from "../graphql";
import { judgeCrossProviderPage, type PageVerdict, subgraphNamedBy } from "./crossProviderPage";

/** One GraphQL operation a load client sends. */
export interface LoadRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** A bounded load: N clients in a loop until told to stop, or a cap on requests or time is reached. */
export interface LoadOptions {
  /** The gateway's URL. */
  url: string;
  /** Bearer token sent with every request. */
  token: string;
  /** Concurrent clients, each with one request in flight at a time. */
  clients: number;
  /** Hard cap on requests sent by all clients together. */
  maxRequests: number;
  /** Hard cap on the load's duration, in ms. */
  maxDurationMs: number;
  /** One request is abandoned (outcome TIMEOUT) after this many ms. */
  requestTimeoutMs: number;
  /** The request a client sends as the `sequence`-th of the whole load. */
  nextRequest(sequence: number): LoadRequest;
  /** How a response is judged (default: judgeCrossProviderPage). */
  judge?: (status: number, body: GraphQLResponse | undefined) => PageVerdict;
  /**
   * Keep connections open between requests (default true, as real clients do). A reset on a reused socket is
   * recorded as such: the request may never have reached the server.
   */
  keepAlive?: boolean;
  /**
   * After a request that got no response, the client waits this long before its next (default 50 ms), as a
   * real client backs off: a refused connection is answered at once and would otherwise spin the loop.
   */
  pauseAfterFailureMs?: number;
}

/** The error of one response as the load records it. */
export interface RecordedError {
  code: string;
  subgraph?: string;
  path?: string;
}

/** What one request came to. */
export type LoadOutcome =
  | {
      kind: "response";
      status: number;
      dataNull: boolean;
      errors: RecordedError[];
      verdict: PageVerdict;
    }
  | {
      kind: "transport";
      /** ECONNREFUSED, ECONNRESET, TIMEOUT, RESPONSE_ABORTED, … */
      code: string;
      /** The whole request had been handed to the OS before the failure (it may have been read). */
      requestWritten: boolean;
      /** The socket had carried an earlier request (keep-alive). */
      reusedSocket: boolean;
      /** Response headers had arrived before the failure (a response cut mid-body). */
      responseStarted: boolean;
    };

/** One request of the load, timed on the process's monotonic clock (performance.now()). */
export interface LoadSample {
  client: number;
  sequence: number;
  sentAt: number;
  receivedAt: number;
  latencyMs: number;
  outcome: LoadOutcome;
}

/** A load under way. */
export interface RunningLoad {
  /** Every sample so far, in the order they finished. */
  samples: LoadSample[];
  startedAt: number;
  /**
   * Resolves with the first sample, sent at or after `since` (performance.now()), that `predicate` accepts;
   * rejects after `timeoutMs` or when the load ends first.
   */
  waitFor(predicate: (sample: LoadSample) => boolean, since: number, timeoutMs: number): Promise<LoadSample>;
  /** Tells every client to stop after its request in flight; resolves with every sample. */
  stop(): Promise<LoadSample[]>;
  /** Resolves when every client has stopped (told to, or a cap reached). */
  finished: Promise<LoadSample[]>;
}

/** Starts the clients at once; each sends its next request as soon as the previous one is answered. */
export function startLoad(options: LoadOptions): RunningLoad {
  const judge = options.judge ?? judgeCrossProviderPage;
  const agent = new Agent({ keepAlive: options.keepAlive ?? true, maxSockets: options.clients });
  const samples: LoadSample[] = [];
  const waiters = new Set<(sample: LoadSample) => void>();
  const startedAt = performance.now();
  const deadline = startedAt + options.maxDurationMs;
  let sent = 0;
  let stopping = false;
  const record = (sample: LoadSample) => {
    samples.push(sample);
    for (const waiter of waiters) waiter(sample);
  };
  const client = async (index: number) => {
    while (!stopping && sent < options.maxRequests && performance.now() < deadline) {
      const sequence = sent++;
      const sentAt = performance.now();
      const outcome = await send(options, agent, options.nextRequest(sequence), judge);
      const receivedAt = performance.now();
      record({ client: index, sequence, sentAt, receivedAt, latencyMs: receivedAt - sentAt, outcome });
      if (outcome.kind === "transport") await sleep(options.pauseAfterFailureMs ?? 50);
    }
  };
  const finished = Promise.all(Array.from({ length: options.clients }, (_, index) => client(index))).then(
    () => {
      agent.destroy();
      for (const waiter of waiters) waiter(undefined as never);
      return samples;
    },
  );
  return {
    samples,
    startedAt,
    finished,
    stop: () => {
      stopping = true;
      return finished;
    },
    waitFor: (predicate, since, timeoutMs) =>
      new Promise((resolve, reject) => {
        const found = samples.find((sample) => sample.sentAt >= since && predicate(sample));
        if (found) return resolve(found);
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching response within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter = (sample: LoadSample | undefined) => {
          if (sample === undefined) {
            clearTimeout(timer);
            waiters.delete(waiter);
            reject(new Error("the load ended before a matching response"));
          } else if (sample.sentAt >= since && predicate(sample)) {
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve(sample);
          }
        };
        waiters.add(waiter);
      }),
  };
}

/** Sends one request with node:http, which tells a refused connection from a reset after the request went. */
function send(
  options: LoadOptions,
  agent: Agent,
  operation: LoadRequest,
  judge: NonNullable<LoadOptions["judge"]>,
): Promise<LoadOutcome> {
  const body = JSON.stringify({ query: operation.query, variables: operation.variables ?? {} });
  return new Promise((resolve) => {
    let requestWritten = false;
    let responseStarted = false;
    let settled = false;
    const settle = (outcome: LoadOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const failed = (code: string) =>
      settle({ kind: "transport", code, requestWritten, reusedSocket: req.reusedSocket, responseStarted });
    const req = request(
      options.url,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          authorization: `Bearer ${options.token}`,
        },
      },
      (response) => {
        responseStarted = true;
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("aborted", () => failed("RESPONSE_ABORTED"));
        response.on("error", () => failed("RESPONSE_ABORTED"));
        response.on("end", () => {
          if (!response.complete) return failed("RESPONSE_ABORTED");
          const status = response.statusCode ?? 0;
          let parsed: GraphQLResponse | undefined;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString("utf8")) as GraphQLResponse;
          } catch {
            parsed = undefined;
          }
          settle({
            kind: "response",
            status,
            dataNull: parsed?.data == null,
            errors: (parsed?.errors ?? []).map((error) => ({
              code: String(error.extensions?.code ?? "NO_CODE"),
              subgraph: subgraphNamedBy(error),
              path: error.path?.join("."),
            })),
            verdict: judge(status, parsed),
          });
        });
      },
    );
    req.on("finish", () => (requestWritten = true));
    req.on("error", (error: NodeJS.ErrnoException) =>
      failed(error.code ?? (error.message === "socket hang up" ? "SOCKET_HANG_UP" : error.message)),
    );
    req.setTimeout(options.requestTimeoutMs, () => {
      failed("TIMEOUT");
      req.destroy();
    });
    req.end(body);
  });
}
