import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationContext, ValidationRule } from "graphql";
import type { GatewayErrorCode } from "../errors/gatewayErrorCodes";
import { LimitError } from "./limitError";
import type { LimitsConfig } from "./readLimitsConfig";

/**
 * GraphQL Armor's Apollo Server protections for depth, aliases and directives (validation rules, so they run
 * before any query plan) and, when asked, its field-suggestion masking. Each refusal is a LimitError with the
 * gateway's own code: Apollo Server wraps validation errors as GRAPHQL_VALIDATION_FAILED, and the gateway's
 * formatError puts the code back (restoreLimitCode). Armor's token limit (which throws from a plugin hook,
 * a 500 in Apollo Server 5) and its cost limit (which does not know `first`) are replaced by screenHttpRequest
 * and computeOperationCost.
 */
export function createArmorProtection(
  limits: Pick<LimitsConfig, "maxDepth" | "maxAliases" | "maxDirectives" | "blockFieldSuggestions">,
): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const refuse =
    (code: GatewayErrorCode) =>
    (context: ValidationContext | null, error: Error): void => {
      context?.reportError(new LimitError(code, error.message.replace(/^Syntax Error: /, ""), 400));
    };
  const rule = (n: number, code: GatewayErrorCode) => ({
    enabled: n > 0,
    n,
    // Refusals are reported (not thrown) so that every refusal is listed and carries the code.
    propagateOnRejection: false,
    onReject: [refuse(code)],
  });
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { ...rule(limits.maxDepth, "OFFA_GATEWAY_LIMIT_DEPTH"), ignoreIntrospection: true },
    maxAliases: rule(limits.maxAliases, "OFFA_GATEWAY_LIMIT_ALIASES"),
    maxDirectives: rule(limits.maxDirectives, "OFFA_GATEWAY_LIMIT_DIRECTIVES"),
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
  }).protect();
  return { plugins, validationRules };
}
