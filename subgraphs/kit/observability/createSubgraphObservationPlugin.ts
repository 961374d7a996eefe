import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { errorCodesOf, type Logger, type ObservedRequests } from "../../../schema/contract/observability";
import type { SubgraphRequest } from "../server/SubgraphRequest";

/**
 * The Apollo Server plugin of a subgraph's observation: the operation once resolved, the errors as sent, and
 * each error logged here with its stack and the gateway's request id (the caller never gets the stack:
 * startSubgraphServer sends none). An error with a code (BAD_USER_INPUT, an OFFA_ code…) is logged at `warn`;
 * one without a code, or INTERNAL_SERVER_ERROR (a bug or a failing dependency), at `error`.
 */
export function createSubgraphObservationPlugin(
  requests: ObservedRequests,
  logger: Logger,
): ApolloServerPlugin {
  return {
    async requestDidStart({ contextValue }) {
      const requestId = (contextValue as { request?: SubgraphRequest }).request?.requestId;
      const observation = requests.find(requestId);
      return {
        async didResolveOperation({ operationName, operation }) {
          if (observation === undefined) return;
          observation.operationName = operationName;
          observation.operationType = operation?.operation;
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            const unexpected = typeof code !== "string" || code === "INTERNAL_SERVER_ERROR";
            const cause = error.originalError ?? error;
            // A coded error thrown on purpose (bad input, not found) is the caller's business: info, no stack.
            // A coded error wrapping a failure (a store's driver error) keeps the failure's stack: warn.
            const deliberate = !unexpected && cause instanceof GraphQLError;
            logger[unexpected ? "error" : deliberate ? "info" : "warn"](
              {
                requestId: requestId ?? null,
                code: typeof code === "string" ? code : null,
                path: error.path ?? null,
                err: deliberate
                  ? { type: cause.name, message: error.message }
                  : { type: cause.name, message: error.message, stack: cause.stack },
              },
              "subgraph error",
            );
          }
        },
        async willSendResponse({ response }) {
          if (observation === undefined || response.body.kind !== "single") return;
          const { errors, data } = response.body.singleResult;
          observation.errorCodes = errorCodesOf(errors);
          observation.hasData = data !== null && data !== undefined;
        },
      };
    },
  };
}
