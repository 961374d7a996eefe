import { dirname, join } from "node:path";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginUsageReportingDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginSchemaReportingDisabled } from "@apollo/server/plugin/disabled";
import type { GatewayConfig } from "../config";
import { expensiveFieldWeights } from "../limits/expensiveFieldWeights";
import { COST_DEFAULTS } from "../limits/computeOperationCost";
import { createArmorProtection } from "../limits/createArmorProtection";
import { createCostLimitPlugin } from "../limits/createCostLimitPlugin";
import { createOperationResolutionPlugin } from "../limits/createOperationResolutionPlugin";
import { createRateLimitPlugin } from "../limits/createRateLimitPlugin";
import { screenHttpRequest } from "../limits/screenHttpRequest";
import { createErrorFormatting } from "./createErrorFormatting";
import type { RequestScreen } from "./GuardedApolloServer";
import { defaultServingConfig } from "./readServingConfig";
import { readRegisteredErrorCodes } from "./readRegisteredErrorCodes";
import { screenSafelist } from "./screenSafelist";

/** Where a masked error's detail goes (tests pass their own; default: stderr, one JSON line). */
export interface ServerOptionsHooks {
  log?: (line: string) => void;
}

/**
 * Every ApolloServer option and plugin of the gateway's hardening, from its config: limits (checked before
 * parsing, in validation, and once the operation is resolved), production mode (introspection and landing
 * page off, unregistered errors masked, suggestions removed), CSRF prevention on, batching off, Apollo's
 * usage and schema reporting off in every mode. Returns the options to spread into ApolloServer and the screen
 * GuardedApolloServer runs before parsing.
 */
export function buildServerOptions(
  config: GatewayConfig,
  hooks: ServerOptionsHooks = {},
): {
  options: {
    plugins: ApolloServerPlugin<BaseContext>[];
    validationRules: ReturnType<typeof createArmorProtection>["validationRules"];
    formatError: ReturnType<typeof createErrorFormatting>["formatError"];
    introspection: boolean;
    includeStacktraceInErrorResponses: false;
    csrfPrevention: true;
    allowBatchedHttpRequests: false;
    parseOptions: { maxTokens?: number };
    stopOnTerminationSignals: false;
  };
  screen: RequestScreen;
} {
  const defaults = defaultServingConfig();
  const production = (config.mode ?? defaults.mode) === "production";
  const limits = config.limits ?? defaults.limits;
  const armor = createArmorProtection(limits);
  const errors = createErrorFormatting({
    maskUnregistered: production,
    maskSuggestions: limits.blockFieldSuggestions,
    registeredCodes: readRegisteredErrorCodes(join(dirname(config.supergraphPath), "errors.md")),
    log: hooks.log,
  });
  const plugins: ApolloServerPlugin<BaseContext>[] = [
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
    ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    createRateLimitPlugin(limits),
    createOperationResolutionPlugin(),
    createCostLimitPlugin(limits.maxCost, { ...COST_DEFAULTS, fieldWeights: expensiveFieldWeights }),
    ...armor.plugins,
    errors.plugin,
  ];
  const screen: RequestScreen = (request) => {
    const refusal = screenHttpRequest(request, limits);
    if (refusal) return { refusal };
    return config.safelist ? screenSafelist(request, config.safelist) : { request };
  };
  return {
    options: {
      plugins,
      validationRules: armor.validationRules,
      formatError: errors.formatError,
      introspection: !production,
      includeStacktraceInErrorResponses: false,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      // The screen counts tokens before parsing; this is graphql-js's own bound, should a request bypass it.
      parseOptions: limits.maxTokens > 0 ? { maxTokens: limits.maxTokens } : {},
      // The process drains on SIGTERM itself (schema/contract/http stopOnSignals). Apollo's own handler would
      // stop the server, then send SIGTERM to the process again, which the drain takes for a second signal.
      stopOnTerminationSignals: false,
    },
    screen,
  };
}
