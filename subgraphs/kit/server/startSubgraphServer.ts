import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { GraphQLSchema } from "graphql";
import type { Database } from "../db/Database";
import { type SubgraphErrorCode, subgraphErrorCodes } from "../errors/subgraphErrorCodes";
import type { SubgraphDefinition } from "../SubgraphDefinition";
import { createMemoryNonceStore } from "./createMemoryNonceStore";
import { createRedisNonceStore } from "./createRedisNonceStore";
import type { NonceStore } from "./NonceStore";
import { readRequestBody } from "./readRequestBody";
import type { RequestVerificationSettings } from "./RequestVerificationSettings";
import type { SubgraphRequest } from "./SubgraphRequest";
import { verifySubgraphRequest } from "./verifySubgraphRequest";
import { enforceAccess } from "../access/enforceAccess";

/** How long a subgraph keeps an idle connection from the gateway open: well above the gateway agent's 5 s. */
const SUBGRAPH_KEEP_ALIVE_MS = 65_000;

/** A subgraph serving HTTP; `stop()` drains and may be called twice. */
export interface RunningSubgraph {
  name: string;
  url: string;
  stop(): Promise<void>;
}

/** The paths a subgraph answers on: `/` (the URL it reports) and `/graphql` (the supergraph's URLs). */
const GRAPHQL_PATHS = new Set(["/", "/graphql"]);

/**
 * Serves a built subgraph schema on 127.0.0.1 (port 0 picks a free port, as tests do), accepting only requests
 * the gateway signed. Each request is checked before Apollo Server sees it (POST and GET, `_entities`, `_service`
 * and introspection alike), which needs the raw body bytes: hence node:http and `executeHTTPGraphQLRequest`
 * rather than startStandaloneServer, with its behaviours kept (JSON bodies, CSRF prevention, 405 with `allow`).
 */
export async function startSubgraphServer(options: {
  definition: SubgraphDefinition;
  schema: GraphQLSchema;
  db: Database;
  port: number;
  host?: string;
  verification: RequestVerificationSettings;
}): Promise<RunningSubgraph> {
  const { definition, schema, db, verification } = options;
  const nonces: NonceStore =
    verification.nonces.kind === "redis"
      ? await createRedisNonceStore(verification.nonces.url)
      : createMemoryNonceStore(verification.nonces.maxEntries);
  const httpServer = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      console.error(`${definition.name} subgraph: ${error.stack ?? error.message}`);
      if (!res.headersSent) sendError(res, 500, "Internal server error");
      else res.destroy();
    });
  });
  // Idle keep-alive sockets must be closed by the gateway (Node's agent frees them after 5 s), never by the
  // subgraph first: a socket the subgraph closes while the gateway reuses it fails the request with "socket
  // hang up". Node's server default (5 s) equals the agent's and races with it.
  httpServer.keepAliveTimeout = SUBGRAPH_KEEP_ALIVE_MS;
  httpServer.headersTimeout = SUBGRAPH_KEEP_ALIVE_MS + 1_000;
  const server = new ApolloServer<object>({
    schema,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The schema's access directives, enforced again here against the claims the gateway signed.
      enforceAccess(schema, (context) => (context as { request: SubgraphRequest }).request.claims),
    ],
    // Introspection answers only signed requests, like every other operation: composition checks and tools
    // reach it through the gateway's key.
    introspection: true,
    // Stack traces name files and lines: never in a response, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: false,
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = new URL(req.url ?? "/", "http://subgraph.invalid");
    if (!GRAPHQL_PATHS.has(target.pathname)) return sendError(res, 404, "Not found: use / or /graphql");
    const method = (req.method ?? "GET").toUpperCase();
    if (method !== "GET" && method !== "POST") {
      res.setHeader("allow", "GET, POST");
      return sendError(res, 405, "Use GET or POST");
    }
    const body = await readRequestBody(req, verification.maxBodyBytes);
    if (body === "too-large") {
      res.setHeader("connection", "close");
      return sendError(res, 413, subgraphErrorCodes.OFFA_REQUEST_TOO_LARGE.cause, "OFFA_REQUEST_TOO_LARGE");
    }
    const verdict = await verifySubgraphRequest(req, body, definition.name, verification, nonces);
    if (!verdict.ok)
      return sendError(res, verdict.status, subgraphErrorCodes[verdict.code].cause, verdict.code);

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const parsed = parseBody(method, headers.get("content-type"), body);
    if (parsed.kind === "error") return sendError(res, parsed.status, parsed.message);
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method,
      headers,
      search: target.search,
      body: parsed.body,
    };
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => contextFor(verdict.request),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  function contextFor(request: SubgraphRequest): object {
    return Object.assign(definition.createContext(db, request), { request });
  }

  await server.start();
  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen({ host: options.host ?? "127.0.0.1", port: options.port }, resolve);
    });
  } catch (error) {
    await server.stop();
    await nonces.close();
    throw error;
  }
  const address = httpServer.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    name: definition.name,
    url: `http://${address.address === "::" || address.address === "" ? "localhost" : address.address}:${address.port}/`,
    stop: () =>
      (stopping ??= (async () => {
        await server.stop();
        await nonces.close();
      })()),
  };
}

/** A JSON body parsed as standalone's body-parser does; other bodies go to Apollo Server as absent. */
function parseBody(
  method: string,
  contentType: string | undefined,
  body: Buffer,
): { kind: "ok"; body: unknown } | { kind: "error"; status: 400 | 415; message: string } {
  if (method !== "POST" || !contentType) return { kind: "ok", body: undefined };
  const [mediaType, ...parameters] = contentType.split(";").map((part) => part.trim().toLowerCase());
  if (mediaType !== "application/json" && !mediaType.endsWith("+json"))
    return { kind: "ok", body: undefined };
  const charset = parameters
    .find((p) => p.startsWith("charset="))
    ?.slice("charset=".length)
    .replace(/"/g, "");
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8")
    return { kind: "error", status: 415, message: `Unsupported charset "${charset.toUpperCase()}"` };
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    if (typeof value !== "object" || value === null)
      return { kind: "error", status: 400, message: "The JSON body must be an object or an array" };
    return { kind: "ok", body: value };
  } catch {
    return { kind: "error", status: 400, message: "The body is not valid JSON" };
  }
}

/** Answers with a GraphQL error body: nothing was executed. */
function sendError(res: ServerResponse, status: number, message: string, code?: SubgraphErrorCode): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify({ errors: [{ message, extensions: code ? { code } : {} }] }));
}
