/** Production mode and the hardening every mode gets: error masking, safelist, telemetry off, serving config. */
export { buildServerOptions, type ServerOptionsHooks } from "./buildServerOptions";
export { createErrorFormatting, MASKED_MESSAGE, type ErrorFormattingOptions } from "./createErrorFormatting";
export { disableApolloTelemetry } from "./disableApolloTelemetry";
export { GuardedApolloServer, type RequestScreen } from "./GuardedApolloServer";
export { loadSafelist, operationHash, type Safelist } from "./loadSafelist";
export { APOLLO_CLIENT_CODES, readRegisteredErrorCodes } from "./readRegisteredErrorCodes";
export {
  DEFAULT_HOST,
  defaultServingConfig,
  readServingConfig,
  type GatewayMode,
  type ServingConfig,
} from "./readServingConfig";
export { screenSafelist } from "./screenSafelist";
