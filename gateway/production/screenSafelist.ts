import type { HTTPGraphQLRequest } from "@apollo/server";
import { LimitError } from "../limits/limitError";
import { operationHash, type Safelist } from "./loadSafelist";

interface PostBody {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

/**
 * With a safelist, the gateway runs only its operations: a request names one by hash (Apollo's
 * `extensions.persistedQuery.sha256Hash`, the document then taken from the safelist) or sends a document
 * whose hash is listed. Anything else is refused with OFFA_GATEWAY_OPERATION_NOT_SAFELISTED before parsing.
 * Returns the request to run (the document filled in) or the refusal.
 */
export function screenSafelist(
  request: HTTPGraphQLRequest,
  safelist: Safelist,
): { request: HTTPGraphQLRequest } | { refusal: LimitError } {
  const refuse = (what: string) => ({
    refusal: new LimitError(
      "OFFA_GATEWAY_OPERATION_NOT_SAFELISTED",
      `${what} is not among the gateway's persisted operations.`,
      400,
    ),
  });
  let body: PostBody;
  if (request.method === "GET") {
    const params = new URLSearchParams(request.search);
    let extensions: PostBody["extensions"];
    try {
      extensions = JSON.parse(params.get("extensions") ?? "null") ?? undefined;
    } catch {
      return refuse("This request");
    }
    body = { query: params.get("query") ?? undefined, extensions };
  } else {
    if (typeof request.body !== "object" || request.body === null || Array.isArray(request.body))
      return refuse("This request");
    body = request.body as PostBody;
  }
  const hash = body.extensions?.persistedQuery?.sha256Hash;
  if (typeof body.query === "string") {
    return safelist.has(operationHash(body.query)) ? { request } : refuse("This document");
  }
  if (typeof hash !== "string" || !safelist.has(hash.toLowerCase())) return refuse("This operation");
  const { persistedQuery: _named, ...extensions } = body.extensions ?? {};
  const query = safelist.get(hash.toLowerCase());
  if (request.method === "GET") {
    const params = new URLSearchParams(request.search);
    params.set("query", query!);
    params.delete("extensions");
    return { request: { ...request, search: `?${params.toString()}` } };
  }
  return { request: { ...request, body: { ...(request.body as object), query, extensions } } };
}
