import type { ApolloServerPlugin } from "@apollo/server";
import { errorCodesOf, type ObservedRequests } from "../../schema/contract/observability";

/**
 * The Apollo Server plugin that tells a request's observation what only GraphQL knows: the operation's name
 * and type once resolved, the caller's role (never who they are), and the errors as sent (after formatting and
 * masking, so codes are those the caller sees), and whether data came back.
 */
export function createRequestObservationPlugin(requests: ObservedRequests): ApolloServerPlugin {
  return {
    async requestDidStart({ contextValue }) {
      const context = contextValue as { requestId?: string; claims?: { role?: string } };
      const observation = requests.find(context.requestId);
      if (observation === undefined) return;
      if (context.claims?.role) observation.details.role = context.claims.role;
      return {
        async didResolveOperation({ operationName, operation }) {
          observation.operationName = operationName;
          observation.operationType = operation?.operation;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { errors, data } = response.body.singleResult;
          observation.errorCodes = errorCodesOf(errors);
          observation.hasData = data !== null && data !== undefined;
        },
      };
    },
  };
}
