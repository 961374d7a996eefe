import { HeaderMap, type HTTPGraphQLResponse } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { GatewayErrorCode } from "../errors/gatewayErrorCodes";

/** HTTP headers for a refusal (Retry-After on a 429). */
export type RefusalHeaders = Readonly<Record<string, string>>;

/**
 * A request refused by a gateway limit, before any subgraph call: a GraphQLError whose `code` is registered
 * in gatewayErrorCodes and whose HTTP status Apollo Server sends (400, 413 or 429).
 */
export class LimitError extends GraphQLError {
  constructor(
    readonly code: GatewayErrorCode,
    message: string,
    readonly status: number,
    headers: RefusalHeaders = {},
  ) {
    super(message, {
      extensions: { code, http: { status, headers: new HeaderMap(Object.entries(headers)) } },
    });
    this.name = "LimitError";
  }
}

/** A refused HTTP request as Apollo Server's `executeHTTPGraphQLRequest` returns it (no GraphQL parsing). */
export function limitErrorResponse(error: LimitError, requestId?: string): HTTPGraphQLResponse {
  const headers = new HeaderMap([["content-type", "application/json; charset=utf-8"]]);
  const http = error.extensions.http as { headers: HeaderMap };
  for (const [name, value] of http.headers) headers.set(name, value);
  return {
    status: error.status,
    headers,
    body: {
      kind: "complete" as const,
      string: JSON.stringify({
        errors: [
          { message: error.message, extensions: { code: error.code, ...(requestId ? { requestId } : {}) } },
        ],
      }),
    },
  };
}
