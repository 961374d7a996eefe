import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import type { AccessClaims } from "../../schema/contract/access";
import { encodeClaimsHeader, SIGNING_HEADERS, type SigningKeys } from "../../schema/contract/signing";
import { createSigningFetcher, type Fetcher } from "./createSigningFetcher";

/** What this data source reads from the gateway's context; both fields may be absent (no auth configured). */
interface ForwardedContext {
  claims?: AccessClaims | null;
  requestId?: string;
}

/** Options of a SignedGraphQLDataSource. */
export interface SignedGraphQLDataSourceOptions {
  /** The subgraph's name in the supergraph: the audience the signature is for. */
  name: string;
  /** The subgraph's URL. */
  url: string;
  /** The gateway signs with `keys.current` (it never signs with `previous`). */
  keys: SigningKeys;
  /** The fetch under the signature. Default: RemoteGraphQLDataSource's (make-fetch-happen, no retry). */
  fetcher?: Fetcher;
}

/**
 * A RemoteGraphQLDataSource whose every request a subgraph will accept: it forwards the caller's verified
 * claims (`context.claims`, as `x-offa-claims`) and the request id (`context.requestId`, as `x-request-id`),
 * and signs the request as sent (schema/contract/signing). Without claims in the context it still signs, and
 * the subgraph sees a caller with no claims. This covers every request the gateway makes to a subgraph:
 * query-plan fetches, `_entities` included (the gateway composes at build time and never introspects).
 */
export class SignedGraphQLDataSource extends RemoteGraphQLDataSource<ForwardedContext> {
  constructor(options: SignedGraphQLDataSourceOptions) {
    super({ url: options.url });
    this.fetcher = createSigningFetcher(options.fetcher ?? this.fetcher, options.name, options.keys.current);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<ForwardedContext>): void {
    const headers = request.http!.headers;
    // Whatever the client sent under these names must never reach a subgraph: only the gateway's own values.
    headers.delete(SIGNING_HEADERS.claims);
    headers.delete(SIGNING_HEADERS.requestId);
    if (context?.claims) headers.set(SIGNING_HEADERS.claims, encodeClaimsHeader(context.claims));
    if (typeof context?.requestId === "string" && context.requestId !== "")
      headers.set(SIGNING_HEADERS.requestId, context.requestId);
  }
}
