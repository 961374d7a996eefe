import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import type { GatewayErrorCode } from "../errors/gatewayErrorCodes";
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
  private readonly subgraph: string;

  constructor(options: SignedGraphQLDataSourceOptions) {
    super({ url: options.url });
    this.subgraph = options.name;
    this.fetcher = createSigningFetcher(options.fetcher ?? this.fetcher, options.name, options.keys.current);
  }

  /**
   * A subgraph's HTTP refusal, as the caller sees it: named by subgraph and with the subgraph's own code, never
   * its URL or raw body (internal topology). A 401 or 403 from a subgraph means the gateway and the subgraph do
   * not trust each other (keys, claims): the caller's own credentials were already accepted by the gateway, so
   * it is not UNAUTHENTICATED for them but OFFA_GATEWAY_SUBGRAPH_REFUSED.
   */
  override async errorFromResponse(response: Awaited<ReturnType<Fetcher>>): Promise<GraphQLError> {
    const body = await this.parseBody(response).catch(() => undefined);
    const subgraphCode = (body as { errors?: { extensions?: { code?: unknown } }[] } | undefined)?.errors?.[0]
      ?.extensions?.code;
    const refused = response.status === 401 || response.status === 403;
    const code: GatewayErrorCode | "INTERNAL_SERVER_ERROR" = refused
      ? "OFFA_GATEWAY_SUBGRAPH_REFUSED"
      : "INTERNAL_SERVER_ERROR";
    return new GraphQLError(`The ${this.subgraph} subgraph answered HTTP ${response.status}.`, {
      extensions: {
        code,
        subgraph: this.subgraph,
        status: response.status,
        ...(typeof subgraphCode === "string" ? { subgraphCode } : {}),
      },
    });
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
