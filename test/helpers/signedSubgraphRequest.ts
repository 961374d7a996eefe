import { type AccessClaims, ROLES } from "../../schema/contract/access";
import {
  DEVELOPMENT_SIGNING_KEY,
  encodeClaimsHeader,
  SIGNING_HEADERS,
  signRequest,
} from "../../schema/contract/signing";
import type { GraphQLResponse } from "./graphql";

/** A developer's claims, as the gateway forwards them for a development token: every scope, no purpose. */
export const DEVELOPER_CLAIMS: AccessClaims = {
  subject: "test-developer",
  role: "DEVELOPER",
  scopes: ROLES.DEVELOPER.scopes,
  provider: null,
  namespaces: [],
  purpose: null,
};

/** A request to a subgraph as the gateway would send it: URL, method, headers and the exact body bytes. */
export interface SubgraphHttpRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** How to sign: the subgraph addressed, and optionally claims, request id, key and clock. */
export interface SubgraphSigning {
  /** The subgraph's name (`cefa`, `offa`...): the audience of the signature. */
  subgraph: string;
  claims?: AccessClaims;
  requestId?: string;
  /** Default: the development key the test stack's gateway and subgraphs share. */
  key?: string;
  now?: number;
}

/** Builds a POST of a GraphQL operation to a subgraph, signed like the gateway signs (unless `signing` is null). */
export function buildSubgraphRequest(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  signing: SubgraphSigning | null,
): SubgraphHttpRequest {
  const body = JSON.stringify({ query, variables });
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (!signing) return { url, method: "POST", headers, body };
  const claims = signing.claims ? encodeClaimsHeader(signing.claims) : undefined;
  if (claims) headers[SIGNING_HEADERS.claims] = claims;
  if (signing.requestId) headers[SIGNING_HEADERS.requestId] = signing.requestId;
  Object.assign(
    headers,
    signRequest(
      { audience: signing.subgraph, method: "POST", url, body, claims, requestId: signing.requestId },
      signing.key ?? DEVELOPMENT_SIGNING_KEY,
      { now: signing.now },
    ),
  );
  return { url, method: "POST", headers, body };
}

/** Sends a built request as is (tests alter it first to tamper with it, or send it twice to replay it). */
export async function sendSubgraphRequest<Data = Record<string, unknown>>(
  request: SubgraphHttpRequest,
): Promise<GraphQLResponse<Data> & { status: number }> {
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<Data>) };
}

/** POSTs a GraphQL operation to a subgraph directly, signed with the development key like the gateway. */
export async function postSignedToSubgraph<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  signing: SubgraphSigning,
): Promise<GraphQLResponse<Data> & { status: number }> {
  return sendSubgraphRequest<Data>(buildSubgraphRequest(url, query, variables, signing));
}
