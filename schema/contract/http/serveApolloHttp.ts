import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AddressInfo, Server as NetServer } from "node:net";
import { type ApolloServer, type BaseContext, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { HEALTH_PATHS, type Readiness, sendHealth } from "./healthResponses";
import { SERVER_KEEP_ALIVE_MS } from "./keepAlive";
import { ListenError } from "./ListenError";
import { IMMEDIATE_SHUTDOWN, type ShutdownSettings } from "./ShutdownSettings";
import { parseJsonBody } from "./parseJsonBody";
import { readBody } from "./readBody";
import { sendErrorResponse } from "./sendErrorResponse";

/**
 * How long a connection accepted just before the listener closed has to deliver its request before idle
 * connections are closed (a modelling choice: far above loopback or LAN latency, far below the drain timeout).
 */
const LATE_REQUEST_MS = 1_000;

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
   * Drains, then resolves (stop the Apollo Server after this): `/readyz` answers 503 and every response says
   * `Connection: close` at once; the server keeps accepting for `graceMs`; then it stops accepting, closes idle
   * keep-alive connections, lets requests in flight finish for up to `drainTimeoutMs` and cuts what is left.
   * Default IMMEDIATE_SHUTDOWN (no grace). A second call returns the first one's promise.
   */
  close(shutdown?: ShutdownSettings): Promise<DrainReport>;
}

/** What a drain did, for the process's last log line. */
export interface DrainReport {
  /** Requests answered after the drain began (grace and drain), each with `Connection: close`. */
  answeredWhileDraining: number;
  /** Requests still in flight when the drain timeout struck, cut with their connections. */
  cut: number;
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
  // Requests in flight: the drain waits for them and tells each response to close its connection.
  const inFlight = new Set<ServerResponse>();
  let answeredWhileDraining = 0;
  const httpServer = createServer((req, res) => {
    inFlight.add(res);
    if (draining) res.setHeader("connection", "close");
    res.once("close", () => {
      inFlight.delete(res);
      if (draining) answeredWhileDraining += 1;
    });
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
  let closing: Promise<DrainReport> | undefined;
  const close = (shutdown: ShutdownSettings = IMMEDIATE_SHUTDOWN) =>
    (closing ??= (async () => {
      draining = true;
      // A client must not send its next request on a socket the server is about to close: from now on every
      // response, including those of requests already in flight, asks the client to open a new connection.
      for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
      // Still accepting: load balancers learn from /readyz (or from the orchestrator) to stop sending.
      if (shutdown.graceMs > 0) await new Promise((resolve) => setTimeout(resolve, shutdown.graceMs));
      // Stop listening, but not as http.Server.close() does: it also destroys every idle connection at once,
      // including one just accepted whose request is still on its way, and that client sees a reset after it
      // wrote its request (a request lost). Idle connections are closed a moment later instead, once such a
      // request had time to arrive; it is then answered, with Connection: close, and waited for like the others.
      const closed = new Promise<void>((resolve) =>
        NetServer.prototype.close.call(httpServer, () => resolve()),
      );
      setTimeout(() => httpServer.closeIdleConnections(), LATE_REQUEST_MS).unref();
      let cut = 0;
      const timer = setTimeout(() => {
        cut = inFlight.size;
        httpServer.closeAllConnections();
      }, shutdown.drainTimeoutMs);
      await closed;
      clearTimeout(timer);
      return { answeredWhileDraining, cut };
    })());
  return { httpServer, url: `http://${host.includes(":") ? `[${host}]` : host}:${address.port}/`, close };
}
