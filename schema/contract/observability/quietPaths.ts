import { HEALTH_PATHS } from "../http/healthResponses";
import { METRICS_PATH } from "./serveMetrics";

/**
 * Paths neither logged nor traced: probes and scrapes come every few seconds from the orchestrator and
 * Prometheus, and would drown the requests that matter.
 */
export const QUIET_PATHS: ReadonlySet<string> = new Set([
  HEALTH_PATHS.live,
  HEALTH_PATHS.ready,
  METRICS_PATH,
]);
