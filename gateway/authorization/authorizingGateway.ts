import { createHash } from "node:crypto";
import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { Kind, print, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { findDeniedFields, type AccessClaims, type AccessRequirement } from "../../schema/contract/access";
import { removeDeniedFields } from "./removeDeniedFields";
import { restoreDeniedFields } from "./restoreDeniedFields";

/** What the gateway's request context carries for authorization (set by the authentication step). */
interface AuthorizationContext {
  claims?: AccessClaims | null;
}

/**
 * The gateway with the schema's access directives enforced **before query planning**: a field the caller may not
 * see is removed from the operation, so it is never fetched from a subgraph, and put back in the result as null
 * with UNAUTHORIZED_FIELD_OR_TYPE. @apollo/gateway composes the directives into the supergraph but, unlike
 * Apollo Router, does not enforce them; this wrapper does, from the same supergraph SDL.
 *
 * The filtered operation gets its own query hash, so a plan made for one caller's view is never reused for a
 * caller who may see more (or less).
 */
export function authorizingGateway(
  gateway: GatewayInterface,
  requirementsOf: (schema: GraphQLSchema) => ReadonlyMap<string, AccessRequirement>,
): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded = await gateway.load(options);
      const inner = loaded.executor;
      if (!inner) return loaded;
      const executor: GatewayExecutor = async (requestContext) => {
        const claims = (requestContext.context as AuthorizationContext).claims ?? null;
        const { schema } = requestContext;
        // The directives of the supergraph version this request's schema came from (the file may be reloaded).
        const requirements = requirementsOf(schema);
        const denied = findDeniedFields(schema, requestContext.document, requirements, claims);
        if (denied.length === 0) return inner(requestContext);
        const deniedNodes = new Set<FieldNode>(denied.map((d) => d.node));
        const document = removeDeniedFields(requestContext.document, deniedNodes);
        const source = print(document);
        const operation = document.definitions.find(
          (d): d is OperationDefinitionNode =>
            d.kind === Kind.OPERATION_DEFINITION &&
            (requestContext.operationName ? d.name?.value === requestContext.operationName : true),
        )!;
        const queryHash = createHash("sha256").update(source).digest("hex");
        const result = await inner({ ...requestContext, document, source, operation, queryHash });
        const restored = restoreDeniedFields({
          schema,
          document: requestContext.document,
          operationName: requestContext.request.operationName,
          denied: deniedNodes,
          data: result.data as Record<string, unknown> | null | undefined,
        });
        return { ...result, data: restored.data, errors: [...restored.errors, ...(result.errors ?? [])] };
      };
      return { ...loaded, executor };
    },
  };
}
