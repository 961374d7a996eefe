/** The gateway: routes, authenticates, limits and caches. No business logic lives here. */
export { readGatewayConfig, type GatewayConfig } from "./config";
export { createGateway } from "./createGateway";
export { startGateway, type RunningGateway } from "./startGateway";
export { GatewayError } from "./errors/GatewayError";
export { gatewayErrorCodes, type GatewayErrorCode } from "./errors/gatewayErrorCodes";
