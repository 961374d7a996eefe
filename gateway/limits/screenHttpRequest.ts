import type { HTTPGraphQLRequest } from "@apollo/server";
import { Lexer, Source, TokenKind } from "graphql";
import type { LimitsConfig } from "./readLimitsConfig";
import { LimitError } from "./limitError";

/**
 * The limits checked on the HTTP request itself, before Apollo Server parses any GraphQL: the body's size in
 * bytes (the declared Content-Length, or the body as sent when none is declared) and the query's tokens,
 * counted by graphql-js's own lexer without building a document. A refusal or `undefined`.
 */
export function screenHttpRequest(
  request: HTTPGraphQLRequest,
  limits: Pick<LimitsConfig, "maxBodyBytes" | "maxTokens">,
): LimitError | undefined {
  if (limits.maxBodyBytes > 0) {
    const declared = Number(request.headers.get("content-length") ?? 0);
    const size = Math.max(
      Number.isFinite(declared) ? declared : 0,
      request.body === undefined ? 0 : Buffer.byteLength(JSON.stringify(request.body)),
      Buffer.byteLength(request.search),
    );
    if (size > limits.maxBodyBytes) {
      return new LimitError(
        "OFFA_GATEWAY_LIMIT_BODY_SIZE",
        `The request is ${size} bytes; the gateway accepts at most ${limits.maxBodyBytes}.`,
        413,
      );
    }
  }
  if (limits.maxTokens > 0) {
    const query = queryOf(request);
    if (query !== undefined) {
      const tokens = countTokens(query, limits.maxTokens + 1);
      if (tokens > limits.maxTokens) {
        return new LimitError(
          "OFFA_GATEWAY_LIMIT_TOKENS",
          `The query has more than ${limits.maxTokens} tokens, the gateway's limit.`,
          400,
        );
      }
    }
  }
  return undefined;
}

/** The query text of a POST body or a GET query string (a batch is refused later by Apollo Server). */
function queryOf(request: HTTPGraphQLRequest): string | undefined {
  const body = request.body as { query?: unknown } | undefined;
  if (body && typeof body === "object" && !Array.isArray(body) && typeof body.query === "string")
    return body.query;
  if (request.method === "GET") return new URLSearchParams(request.search).get("query") ?? undefined;
  return undefined;
}

/** Tokens up to `stop`; a lexing error ends the count (Apollo Server then reports the syntax error). */
function countTokens(query: string, stop: number): number {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      tokens += 1;
      if (tokens >= stop) break;
    }
  } catch {
    // A syntax error: not this limit's business.
  }
  return tokens;
}
