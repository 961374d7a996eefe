import { randomUUID } from "node:crypto";
import { isSaneRequestId } from "../../schema/contract/observability";

/** The request header a client or a proxy may set to name a request in the logs. */
export const REQUEST_ID_HEADER = "x-request-id";

/** The request's id: the `x-request-id` the client sent when it is sane, a random UUID otherwise. */
export function readRequestId(header: string | undefined): string {
  return header !== undefined && isSaneRequestId(header) ? header : randomUUID();
}
