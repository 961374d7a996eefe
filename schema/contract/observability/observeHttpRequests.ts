import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { errorCodesInBody } from "./errorCodesOf";

/** The header naming a request, on both sides of the federation and in the gateway's response. */
export const REQUEST_ID_HEADER = "x-request-id";

/** The largest refusal body read for its error codes; refusals are a few hundred bytes. */
const MAX_REFUSAL_BODY = 64 * 1024;

/** What is known about one HTTP request while it runs; the GraphQL layer fills in what it learns. */
export interface RequestObservation {
  readonly requestId: string;
  /** process.hrtime.bigint() when the request arrived. */
  readonly startedAt: bigint;
  operationName?: string | null;
  operationType?: string;
  /** The `extensions.code` of each error sent, as the caller sees them; set by the GraphQL layer when it ran. */
  errorCodes?: string[];
  /** Whether the response carried data (a partial answer has data and errors). */
  hasData?: boolean;
  /** Anything else a side wants on its request line (the gateway: subgraphs called, the caller's role). */
  readonly details: Record<string, unknown>;
}

/** How a request ended, as the HTTP layer saw it. */
export interface RequestEnd {
  status: number;
  durationSeconds: number;
  /** The client went away before the whole response was written. */
  aborted: boolean;
  /** The error codes sent: the GraphQL layer's, or those of a refusal body answered before it ran. */
  errorCodes: string[];
}

/** Options of observeHttpRequests. */
export interface ObserveHttpRequestsOptions {
  /** Paths not observed (health probes and /metrics: scraped every few seconds, they would drown the log). */
  ignoredPaths: ReadonlySet<string>;
  /** The request's id (from `x-request-id` when sane, else a fresh one). */
  requestIdOf(req: IncomingMessage): string;
  /**
   * Write the id back into the request's `x-request-id` header, so later layers read the same one (the
   * gateway). A subgraph must not: the header is part of the gateway's signature over the request.
   */
  writeBack: boolean;
  /** Called once per observed request when its response is finished or abandoned; must not throw. */
  onEnd(observation: RequestObservation, end: RequestEnd): void;
}

/** The requests in flight, by id, for the layers that know a request only by its id. */
export interface ObservedRequests {
  /** The request in flight with this id (with two at once under one caller-chosen id: the later one). */
  find(requestId: string | undefined): RequestObservation | undefined;
}

/**
 * Observes every request of a node:http server from the moment it arrives, before the server's own handler
 * (a listener prepended to `request`), so that refusals answered before GraphQL (body cap, signature,
 * authentication) are seen too. It fixes the request id once, echoes it in the response's `x-request-id` header
 * and, with `writeBack`, writes it into the request's own header so every later layer reads the same id. Attach
 * it right after the server starts listening (no request can arrive in between: both run in the same tick).
 */
export function observeHttpRequests(server: Server, options: ObserveHttpRequestsOptions): ObservedRequests {
  const inFlight = new Map<string, RequestObservation>();
  server.prependListener("request", (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://server.invalid").pathname;
    if (options.ignoredPaths.has(path)) return;
    const requestId = options.requestIdOf(req);
    if (options.writeBack) req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const observation: RequestObservation = { requestId, startedAt: process.hrtime.bigint(), details: {} };
    inFlight.set(requestId, observation);
    let refusalCodes: string[] = [];
    // A refusal answered before GraphQL carries its code only in its body: read it there, refusals only.
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      const chunk = args[0];
      if (res.statusCode >= 400 && observation.errorCodes === undefined) {
        const text = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : "";
        if (text.length > 0 && text.length <= MAX_REFUSAL_BODY) refusalCodes = errorCodesInBody(text);
      }
      return end(...args);
    }) as ServerResponse["end"];
    res.once("close", () => {
      if (inFlight.get(requestId) === observation) inFlight.delete(requestId);
      options.onEnd(observation, {
        status: res.statusCode,
        durationSeconds: Number(process.hrtime.bigint() - observation.startedAt) / 1e9,
        aborted: !res.writableFinished,
        errorCodes: observation.errorCodes ?? refusalCodes,
      });
    });
  });
  return { find: (requestId) => (requestId === undefined ? undefined : inFlight.get(requestId)) };
}
