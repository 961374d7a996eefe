import { GraphQLError } from "graphql";
import type { GatewayErrorCode } from "../errors/gatewayErrorCodes";

/** The codes of a subgraph call that failed on the gateway's side of the wire (gatewayErrorCodes). */
export type SubgraphCallErrorCode = Extract<
  GatewayErrorCode,
  "OFFA_GATEWAY_SUBGRAPH_UNAVAILABLE" | "OFFA_GATEWAY_SUBGRAPH_TIMEOUT" | "OFFA_GATEWAY_SUBGRAPH_CIRCUIT_OPEN"
>;

/**
 * The error a caller sees when a subgraph could not be reached, answered too late, or is cut off by its
 * circuit breaker: named by subgraph (`extensions.subgraph`) with a registered code, so production masking
 * lets it through, and never with the subgraph's URL, address or the network error's text (internal topology).
 * The network error stays as `originalError` for the server's own logs.
 */
export function subgraphCallError(
  code: SubgraphCallErrorCode,
  subgraph: string,
  details: { attempts: number; timeoutMs?: number; status?: number; cause?: unknown },
): GraphQLError {
  const message =
    code === "OFFA_GATEWAY_SUBGRAPH_TIMEOUT"
      ? `The ${subgraph} subgraph did not answer within ${details.timeoutMs} ms.`
      : code === "OFFA_GATEWAY_SUBGRAPH_CIRCUIT_OPEN"
        ? `The ${subgraph} subgraph is failing; the gateway does not call it for a few seconds.`
        : `The ${subgraph} subgraph is unavailable${details.status ? ` (HTTP ${details.status})` : ""}.`;
  return new GraphQLError(message, {
    originalError: details.cause instanceof Error ? details.cause : undefined,
    extensions: {
      code,
      subgraph,
      attempts: details.attempts,
      ...(details.status !== undefined ? { status: details.status } : {}),
    },
  });
}
