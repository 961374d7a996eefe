import { randomUUID } from "node:crypto";

/** The request header a client or a proxy may set to name a request in the logs. */
export const REQUEST_ID_HEADER = "x-request-id";

/** A request id worth keeping: short, and only characters that cannot forge a log line. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: the `x-request-id` the client sent when it is sane, a random UUID otherwise. */
export function readRequestId(header: string | undefined): string {
  return header !== undefined && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}
