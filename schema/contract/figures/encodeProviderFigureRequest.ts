import type { ProviderFigureRequest } from "./nativeFigures";

/**
 * The canonical JSON of a request: fixed key order, measures and dimensions sorted, so that one request always
 * has one key (the FigureTable entity key, and a cache key).
 */
export function encodeProviderFigureRequest(request: ProviderFigureRequest): string {
  return JSON.stringify({
    asOf: request.asOf,
    granularity: request.granularity,
    fromPeriod: request.fromPeriod,
    toPeriod: request.toPeriod,
    measures: [...new Set(request.measures)].sort(),
    groupBy: [...new Set(request.groupBy)].sort(),
  });
}
