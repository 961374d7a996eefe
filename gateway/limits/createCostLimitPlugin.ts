import type { ApolloServerPlugin } from "@apollo/server";
import { type FragmentDefinitionNode, Kind } from "graphql";
import { computeOperationCost, type CostOptions } from "./computeOperationCost";
import { LimitError } from "./limitError";

/**
 * Refuses an operation whose estimated cost (computeOperationCost) is above `maxCost` with
 * OFFA_GATEWAY_LIMIT_COST. It runs once the operation is resolved and its variables are known (a `first`
 * given as a variable counts), and before the gateway plans or calls any subgraph.
 */
export function createCostLimitPlugin(maxCost: number, options: CostOptions): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (maxCost <= 0 || !operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions)
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          const cost = computeOperationCost(schema, operation, fragments, request.variables, options);
          if (cost > maxCost) {
            throw new LimitError(
              "OFFA_GATEWAY_LIMIT_COST",
              `The operation's estimated cost is ${cost}; the gateway accepts at most ${maxCost}. Ask for smaller pages (first) or fewer expensive fields, and page with after.`,
              400,
            );
          }
        },
      };
    },
  };
}
