import {
  ApolloServer,
  type ApolloServerOptions,
  type BaseContext,
  type HTTPGraphQLRequest,
} from "@apollo/server";
import { type LimitError, limitErrorResponse } from "../limits/limitError";

/** Looks at a raw HTTP request before Apollo Server does: the request to run, or its refusal. */
export type RequestScreen = (
  request: HTTPGraphQLRequest,
) => { request: HTTPGraphQLRequest } | { refusal: LimitError };

/**
 * Apollo Server with a screen in front of its HTTP handling: checks that must refuse a request before any
 * GraphQL parsing (body size, tokens, the safelist) run here, because no plugin hook before parsing can answer
 * with a status of its own (an error thrown there becomes a 500).
 */
export class GuardedApolloServer<TContext extends BaseContext = BaseContext> extends ApolloServer<TContext> {
  constructor(
    options: ApolloServerOptions<TContext>,
    private readonly screen: RequestScreen,
  ) {
    super(options);
  }

  override async executeHTTPGraphQLRequest(
    args: Parameters<ApolloServer<TContext>["executeHTTPGraphQLRequest"]>[0],
  ): ReturnType<ApolloServer<TContext>["executeHTTPGraphQLRequest"]> {
    const screened = this.screen(args.httpGraphQLRequest);
    if ("refusal" in screened) return limitErrorResponse(screened.refusal);
    return super.executeHTTPGraphQLRequest({ ...args, httpGraphQLRequest: screened.request });
  }
}
