export { SERVER_KEEP_ALIVE_MS } from "./keepAlive";
export { parseJsonBody } from "./parseJsonBody";
export { readBody } from "./readBody";
export { sendErrorResponse } from "./sendErrorResponse";
export {
  serveApolloHttp,
  type HttpRefusal,
  type ServeApolloHttpOptions,
  type ServingApollo,
  type DrainReport,
} from "./serveApolloHttp";
export { HEALTH_PATHS, sendHealth, type Readiness } from "./healthResponses";
export { ListenError } from "./ListenError";
export { probeListenAddresses, type PlannedListenAddress } from "./probeListenAddresses";
export {
  DEFAULT_SHUTDOWN_DRAIN_TIMEOUT_MS,
  IMMEDIATE_SHUTDOWN,
  PRODUCTION_SHUTDOWN_GRACE_MS,
  readShutdownSettings,
  type ShutdownSettings,
} from "./ShutdownSettings";
export { stopOnSignals, type StopOnSignalsOptions } from "./stopOnSignals";
