import { type Agent, type IncomingMessage, request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { Fetcher } from "./createSigningFetcher";

/** Statuses whose response may not carry a body (the Fetch standard's null-body statuses). */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * A fetcher over node:http (or node:https) through one agent, in place of RemoteGraphQLDataSource's
 * make-fetch-happen, whose sockets are unbounded and whose idle timeout cannot be set. It sends the method,
 * headers and body exactly as given (so a signature computed over them holds), reads the whole response, and
 * answers a standard `Response`. `init.signal` aborts the request and destroys its socket, whatever stage it is
 * in (connecting, queued for a socket, sending, or reading the answer).
 */
export function createHttpFetcher(agent: Agent): Fetcher {
  // Node's agents carry their protocol (createSubgraphAgent picks the https one for an https URL).
  const send = (agent as Agent & { protocol?: string }).protocol === "https:" ? httpsRequest : httpRequest;
  return (url, init = {}) =>
    new Promise((resolve, reject) => {
      const signal = init.signal as AbortSignal | undefined;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const body = init.body === undefined ? undefined : Buffer.from(init.body);
      const headers: Record<string, string> = { ...init.headers };
      if (body !== undefined) headers["content-length"] = String(body.length);
      const request = send(url, { method: init.method ?? "GET", headers, agent });
      let response: IncomingMessage | undefined;
      const onAbort = () => {
        const reason = signal!.reason as Error;
        request.destroy(reason);
        response?.destroy(reason);
        reject(reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      const fail = (error: Error) => {
        signal?.removeEventListener("abort", onAbort);
        reject(error);
      };
      request.on("error", fail);
      request.on("response", (incoming) => {
        response = incoming;
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("error", fail);
        // A connection lost mid-answer closes the stream before the message is complete, with or without an
        // 'error' first: either way the answer is lost, as a reset connection would lose it.
        incoming.on("close", () => {
          if (!incoming.complete) fail(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
        });
        incoming.on("end", () => {
          signal?.removeEventListener("abort", onAbort);
          const status = incoming.statusCode ?? 502;
          const responseHeaders = new Headers();
          for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2)
            responseHeaders.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
          resolve(
            new Response(NULL_BODY_STATUSES.has(status) ? null : Buffer.concat(chunks), {
              status,
              statusText: incoming.statusMessage ?? "",
              headers: responseHeaders,
            }) as unknown as Awaited<ReturnType<Fetcher>>,
          );
        });
      });
      request.end(body);
    });
}
