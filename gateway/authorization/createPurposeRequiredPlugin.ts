import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { findDeniedFields, type AccessClaims, type AccessRequirement } from "../../schema/contract/access";
import type { GatewayErrorCode } from "../errors/gatewayErrorCodes";

const PURPOSE_REQUIRED: GatewayErrorCode = "OFFA_AUTH_PURPOSE_REQUIRED";

/**
 * A mobility officer's learner-level query without a declared purpose is refused whole with HTTP 400
 * (domain.md §9: "learner-level queries need a purpose from a closed enum, else HTTP 400"), rather than
 * answered with nulls: the officer forgot the header, and a page of nulls would look like missing data.
 * Detected as "a purpose would let through fields that are denied now", from the same directives the
 * authorizing gateway enforces.
 */
export function createPurposeRequiredPlugin(
  requirementsOf: (schema: GraphQLSchema) => ReadonlyMap<string, AccessRequirement>,
): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, contextValue }) {
          const claims = (contextValue as { claims?: AccessClaims | null }).claims ?? null;
          if (claims?.role !== "MOBILITY_OFFICER" || claims.purpose !== null) return;
          // The directives of the supergraph version this request's schema came from.
          const requirements = requirementsOf(schema);
          const withoutPurpose = findDeniedFields(schema, document, requirements, claims).length;
          const withPurpose = findDeniedFields(schema, document, requirements, {
            ...claims,
            purpose: "MOBILITY_FOLLOW_UP",
          }).length;
          if (withPurpose < withoutPurpose) {
            throw new GraphQLError(
              "This query reads learner-level data: declare a purpose with the x-offa-purpose header (README, Roles and tokens).",
              { extensions: { code: PURPOSE_REQUIRED, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
