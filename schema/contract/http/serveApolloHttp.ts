import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ApolloServer, type BaseContext, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { HEALTH_PATHS, type Readiness, sendHealth } from "./healthResponses";
import { SERVER_KEEP_ALIVE_MS } from "./keepAlive";
import { ListenError } from "./ListenError";
import { parseJsonBody } from "./parseJsonBody";
import { readBody } from "./readBody";
import { sendErrorResponse } from "./sendErrorResponse";

/** A refusal answered before Apollo Server sees the request. */
export interface HttpRefusal {
  status: number;
  message: string;
  code: string;
  headers?: Record<string, string>;
}

/** Options of serveApolloHttp; every field says its default. */
export interface ServeApolloHttpOptions<Context extends BaseContext> {
  /** A started Apollo Server (gateway or subgraph). */
  server: ApolloServer<Context>;
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** The setting(s) that choose host and port, named when the server cannot listen (e.g. `CEFA_PORT`). */
  listenSetting: string;
  /**
   * Readiness beyond liveness: the server's dependencies (a store, the subgraphs). `/readyz` answers 503 when
   * one is not ready, and from the moment `close()` is called (drain). `/healthz` touches nothing.
   */
  readiness: () => Promise<Readiness>;
  /** Paths answered; others get 404. Default `/` and `/graphql`. */
  paths?: ReadonlySet<string>;
  /**
   * Further plain-HTTP endpoints by path (for example `/metrics`), answered before any GraphQL handling and
   * without the body cap or `prepare`: each handler writes the whole response itself.
   */
  routes?: Readonly<Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>>;
  /** Bodies above this are refused with `tooLarge` before they are read whole or parsed. */
  maxBodyBytes: number;
  tooLarge: Omit<HttpRefusal, "status">;
  /**
   * Looks at the request and its raw body before any parsing: a refusal, or the context of the request
   * (a subgraph verifies the gateway's signature here; the gateway authenticates).
   */
  prepare(req: IncomingMessage, body: Buffer): Promise<HttpRefusal | { context: () => Promise<Context> }>;
  /** Called when the handler itself fails (a bug): logged by the caller; the client gets a bare 500. */
  onUnexpectedError(error: Error): void;
}

/** A node:http server in front of Apollo Server, listening. */
export interface ServingApollo {
  httpServer: Server;
  url: string;
  /**
   * Stops accepting connections, closes idle keep-alive ones, lets requests in flight finish (forcing what is
   * left after 10 s), then resolves. Stop the Apollo Server after this.
   */
  close(): Promise<void>;
}

/**
 * Serves an Apollo Server over node:http with what startStandaloneServer lacks: the raw body bytes (to verify a
 * signature), a body cap enforced before any JSON or GraphQL parsing, and keep-alive timeouts longer than the
 * clients' (SERVER_KEEP_ALIVE_MS). Apollo's own behaviours are kept: JSON bodies, CSRF prevention, GET, 405 with
 * `allow` for other methods. Both the gateway and the subgraphs serve through it, so they agree on these.
 */
export async function serveApolloHttp<Context extends BaseContext>(
  options: ServeApolloHttpOptions<Context>,
): Promise<ServingApollo> {
  const paths = options.paths ?? new Set(["/", "/graphql"]);
  let draining = false;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = new URL(req.url ?? "/", "http://server.invalid");
    if (target.pathname === HEALTH_PATHS.live) return sendHealth(res, true, {});
    if (target.pathname === HEALTH_PATHS.ready) {
      if (draining) return sendHealth(res, false, { checks: { draining: "shutting down" } });
      const readiness = await options.readiness();
      return sendHealth(res, readiness.ready, { checks: readiness.checks });
    }
    const route = options.routes?.[target.pathname];
    if (route) return route(req, res);
    if (!paths.has(target.pathname)) return sendErrorResponse(res, 404, "Not found: use / or /graphql");
    const method = (req.method ?? "GET").toUpperCase();
    if (method !== "GET" && method !== "POST") {
      return sendErrorResponse(res, 405, "Use GET or POST", undefined, { allow: "GET, POST" });
    }
    const body = await readBody(req, options.maxBodyBytes);
    if (body === "too-large") {
      const { message, code, headers } = options.tooLarge;
      return sendErrorResponse(res, 413, message, code, { ...headers, connection: "close" });
    }
    const prepared = await options.prepare(req, body);
    if ("status" in prepared) {
      return sendErrorResponse(res, prepared.status, prepared.message, prepared.code, prepared.headers);
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const parsed = parseJsonBody(method, headers.get("content-type"), body);
    if (parsed.kind === "error") return sendErrorResponse(res, parsed.status, parsed.message);
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method,
      headers,
      search: target.search,
      body: parsed.body,
    };
    const response = await options.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: prepared.context,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  const httpServer = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      options.onUnexpectedError(error);
      if (!res.headersSent) sendErrorResponse(res, 500, "Internal server error");
      else res.destroy();
    });
  });
  httpServer.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
  httpServer.headersTimeout = SERVER_KEEP_ALIVE_MS + 1_000;
  await new Promise<void>((resolve, reject) => {
    const refuse = (error: NodeJS.ErrnoException) =>
      reject(
        new ListenError(
          `${options.host}:${options.port}`,
          options.listenSetting,
          error.code ?? error.message,
        ),
      );
    httpServer.once("error", refuse);
    httpServer.listen({ host: options.host, port: options.port }, () => {
      httpServer.off("error", refuse);
      resolve();
    });
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.address === "::" || address.address === "" ? "localhost" : address.address;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      draining = true;
      httpServer.close(() => resolve());
      httpServer.closeIdleConnections();
      setTimeout(() => httpServer.closeAllConnections(), 10_000).unref();
    }));
  return { httpServer, url: `http://${host.includes(":") ? `[${host}]` : host}:${address.port}/`, close };
}
