import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { findDeniedFields, readAccessRequirements, type AccessClaims } from "../../../schema/contract/access";
import type { SubgraphErrorCode } from "../errors/subgraphErrorCodes";
import { subgraphSdl } from "./subgraphSdl";

const UNAUTHORIZED: SubgraphErrorCode = "UNAUTHORIZED_FIELD_OR_TYPE";

/**
 * The subgraph's second line of access control: the same `@requiresScopes`/`@policy` declarations the gateway
 * enforces, read from this subgraph's own SDL and checked against the claims the gateway forwarded (signed).
 * The gateway never sends a field the caller may not see, so a request that asks for one did not come through
 * it: the whole operation is refused before any resolver runs (`_entities` included).
 */
export function enforceAccess(
  schema: GraphQLSchema,
  claimsOf: (context: object) => AccessClaims | null,
): ApolloServerPlugin<object> {
  const requirements = readAccessRequirements(subgraphSdl(schema));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          const denied = findDeniedFields(schema, document, requirements, claimsOf(contextValue));
          if (denied.length === 0) return;
          const coordinates = [...new Set(denied.map((d) => d.coordinate))].join(", ");
          throw new GraphQLError(`Unauthorized field or type: ${coordinates}`, {
            extensions: { code: UNAUTHORIZED, http: { status: 403 } },
          });
        },
      };
    },
  };
}
