import { GraphQLError } from "graphql";
import type { SubgraphErrorCode } from "./subgraphErrorCodes";

/** A client-facing GraphQL error with a registered `extensions.code` and optional details. */
export function clientError(
  code: SubgraphErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}
