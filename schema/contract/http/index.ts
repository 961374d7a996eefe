export { SERVER_KEEP_ALIVE_MS } from "./keepAlive";
export { parseJsonBody } from "./parseJsonBody";
export { readBody } from "./readBody";
export { sendErrorResponse } from "./sendErrorResponse";
export {
  serveApolloHttp,
  type HttpRefusal,
  type ServeApolloHttpOptions,
  type ServingApollo,
} from "./serveApolloHttp";
export { HEALTH_PATHS, sendHealth, type Readiness } from "./healthResponses";
export { ListenError } from "./ListenError";
