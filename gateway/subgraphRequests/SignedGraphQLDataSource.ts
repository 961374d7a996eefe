import { AsyncLocalStorage } from "node:async_hooks";
import type { Agent } from "node:http";
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import type { GatewayErrorCode } from "../errors/gatewayErrorCodes";
import type { AccessClaims } from "../../schema/contract/access";
import { encodeClaimsHeader, SIGNING_HEADERS, type SigningKeys } from "../../schema/contract/signing";
import { CircuitBreaker } from "./CircuitBreaker";
import { createHttpFetcher } from "./createHttpFetcher";
import { createResilientFetcher, type SubgraphCall } from "./createResilientFetcher";
import { createSigningFetcher, type Fetcher } from "./createSigningFetcher";
import { createSubgraphAgent } from "./createSubgraphAgent";
import { operationKindOf } from "./operationKindOf";
import { defaultSubgraphCallConfig, type SubgraphCallConfig } from "./readSubgraphCallConfig";
import { SILENT_OBSERVER, type SubgraphCallObserver } from "./SubgraphCallObserver";

/** What this data source reads from the gateway's context; both fields may be absent (no auth configured). */
interface ForwardedContext {
  claims?: AccessClaims | null;
  requestId?: string;
}

/** Options of a SignedGraphQLDataSource; every optional field says its default. */
export interface SignedGraphQLDataSourceOptions {
  /** The subgraph's name in the supergraph: the audience the signature is for. */
  name: string;
  /** The subgraph's URL. */
  url: string;
  /** The gateway signs with `keys.current` (it never signs with `previous`). */
  keys: SigningKeys;
  /** Timeouts, retries, breaker and sockets. Default: defaultSubgraphCallConfig(). */
  calls?: SubgraphCallConfig;
  /** This subgraph's circuit breaker, to share it across data sources. Default: a new one from `calls`. */
  breaker?: CircuitBreaker;
  /** The keep-alive agent the default fetcher sends through. Default: createSubgraphAgent(url, calls). */
  agent?: Agent;
  /** The network under the signature, one attempt per call. Default: createHttpFetcher(agent). */
  fetcher?: Fetcher;
  /** Told of every attempt and (when the breaker is created here) every circuit change. Default: silent. */
  observer?: SubgraphCallObserver;
}

/**
 * A RemoteGraphQLDataSource whose every request a subgraph will accept: it forwards the caller's verified
 * claims (`context.claims`, as `x-offa-claims`) and the request id (`context.requestId`, as `x-request-id`),
 * and signs the request as sent (schema/contract/signing). Without claims in the context it still signs, and
 * the subgraph sees a caller with no claims. This covers every request the gateway makes to a subgraph:
 * query-plan fetches, `_entities` included (the gateway composes at build time and never introspects).
 *
 * Every call goes through createResilientFetcher (timeout, query-only retries, circuit breaker, observer) over
 * a fresh signature per attempt, sent on a keep-alive agent with bounded sockets (createHttpFetcher).
 */
export class SignedGraphQLDataSource extends RemoteGraphQLDataSource<ForwardedContext> {
  private readonly subgraph: string;
  /** The call being processed, for the fetcher, which RemoteGraphQLDataSource hands only a URL and a body. */
  private readonly currentCall = new AsyncLocalStorage<SubgraphCall>();

  constructor(options: SignedGraphQLDataSourceOptions) {
    super({ url: options.url });
    this.subgraph = options.name;
    const calls = options.calls ?? defaultSubgraphCallConfig();
    const observer = options.observer ?? SILENT_OBSERVER;
    const network =
      options.fetcher ?? createHttpFetcher(options.agent ?? createSubgraphAgent(options.url, calls));
    this.fetcher = createResilientFetcher({
      subgraph: options.name,
      fetcher: createSigningFetcher(network, options.name, options.keys.current),
      config: calls,
      breaker:
        options.breaker ??
        new CircuitBreaker({ ...calls, onChange: (state) => observer.circuitChanged(options.name, state) }),
      observer,
      currentCall: () => this.currentCall.getStore(),
    });
  }

  /** Processes a request as RemoteGraphQLDataSource does, with what the fetcher must know of it in scope. */
  override process(
    options: GraphQLDataSourceProcessOptions<ForwardedContext>,
  ): ReturnType<RemoteGraphQLDataSource<ForwardedContext>["process"]> {
    const requestId = (options.context as ForwardedContext | undefined)?.requestId;
    const call: SubgraphCall = {
      operationKind: operationKindOf({
        query: options.request.query,
        operationName: options.request.operationName,
        document: "document" in options ? options.document : undefined,
      }),
      ...(typeof requestId === "string" && requestId !== "" ? { requestId } : {}),
    };
    return this.currentCall.run(call, () => super.process(options));
  }

  /**
   * A subgraph's HTTP refusal, as the caller sees it: named by subgraph and with the subgraph's own code, never
   * its URL or raw body (internal topology). A 401 or 403 from a subgraph means the gateway and the subgraph do
   * not trust each other (keys, claims): the caller's own credentials were already accepted by the gateway, so
   * it is not UNAUTHENTICATED for them but OFFA_GATEWAY_SUBGRAPH_REFUSED. A 413 keeps the subgraph's
   * OFFA_REQUEST_TOO_LARGE as its code (registered, so production masking lets it through): the request the
   * gateway built is larger than that subgraph accepts (OFFA_SUBGRAPH_MAX_BODY_BYTES). Unavailability (429,
   * 502, 503, 504) never reaches here: createResilientFetcher turns it into OFFA_GATEWAY_SUBGRAPH_UNAVAILABLE.
   */
  override async errorFromResponse(response: Awaited<ReturnType<Fetcher>>): Promise<GraphQLError> {
    const body = await this.parseBody(response).catch(() => undefined);
    const subgraphCode = (body as { errors?: { extensions?: { code?: unknown } }[] } | undefined)?.errors?.[0]
      ?.extensions?.code;
    const refused = response.status === 401 || response.status === 403;
    const code: GatewayErrorCode | "OFFA_REQUEST_TOO_LARGE" | "INTERNAL_SERVER_ERROR" = refused
      ? "OFFA_GATEWAY_SUBGRAPH_REFUSED"
      : response.status === 413
        ? "OFFA_REQUEST_TOO_LARGE"
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
