import type { ApolloServerPlugin } from "@apollo/server";
import { LimitError } from "./limitError";

/**
 * Answers an `operationName` the document does not define (or a document of several operations sent
 * without one) with HTTP 400 and OPERATION_RESOLUTION_FAILURE before any plan: without it, @apollo/gateway
 * throws while planning and Apollo Server answers 500 with an unregistered code.
 */
export function createOperationResolutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          throw new LimitError(
            "OPERATION_RESOLUTION_FAILURE",
            request.operationName
              ? `The document has no operation named "${request.operationName}".`
              : "The document has several operations: name the one to run with operationName.",
            400,
          );
        },
      };
    },
  };
}
