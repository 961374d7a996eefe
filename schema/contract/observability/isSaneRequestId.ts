/**
 * Whether a request id is worth keeping: short, and only characters that cannot forge a log line. The gateway keeps
 * a client's `x-request-id` only when it is; a subgraph keeps the gateway's only when it is (anything else did
 * not come from the gateway) and makes a fresh one otherwise.
 */
export function isSaneRequestId(value: string): boolean {
  return /^[A-Za-z0-9._:-]{1,128}$/.test(value);
}
