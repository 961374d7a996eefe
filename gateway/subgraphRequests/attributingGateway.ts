import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import type { GraphQLError, GraphQLSchema } from "graphql";
import type { FieldOwners } from "../supergraph/readFieldOwners";
import { attributeSubgraphFailures } from "./attributeSubgraphFailures";

/**
 * The gateway with each whole-subgraph failure put at the fields it left null (attributeSubgraphFailures), so a
 * partial answer says exactly what is missing and why. `fieldOwnersOf` gives the join directives of the
 * supergraph version the request's schema came from (the file may be reloaded).
 */
export function attributingGateway(
  gateway: GatewayInterface,
  fieldOwnersOf: (schema: GraphQLSchema) => FieldOwners,
): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded = await gateway.load(options);
      const inner = loaded.executor;
      if (!inner) return loaded;
      const executor: GatewayExecutor = async (requestContext) => {
        const result = await inner(requestContext);
        if (!result.errors?.length) return result;
        const errors = attributeSubgraphFailures({
          schema: requestContext.schema,
          document: requestContext.document,
          operationName: requestContext.request.operationName,
          fieldOwners: fieldOwnersOf(requestContext.schema),
          data: result.data as Record<string, unknown> | null | undefined,
          errors: result.errors as readonly GraphQLError[],
        });
        return { ...result, errors };
      };
      return { ...loaded, executor };
    },
  };
}
