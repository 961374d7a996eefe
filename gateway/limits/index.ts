/** Query limits and the rate limit: every refusal happens before any subgraph call, with a registered code. */
export { computeOperationCost, COST_DEFAULTS, type CostOptions } from "./computeOperationCost";
export { createArmorProtection } from "./createArmorProtection";
export { createCostLimitPlugin } from "./createCostLimitPlugin";
export { createOperationResolutionPlugin } from "./createOperationResolutionPlugin";
export { createRateLimitPlugin, rateLimitKey } from "./createRateLimitPlugin";
export { expensiveFieldWeights } from "./expensiveFieldWeights";
export { LimitError, limitErrorResponse } from "./limitError";
export { LIMIT_DEFAULTS, readLimitsConfig, type LimitsConfig } from "./readLimitsConfig";
export { screenHttpRequest } from "./screenHttpRequest";
