/** The parts of a request the signature covers. */
export interface SignedParts {
  /** The subgraph's name, as in `x-offa-audience`. */
  audience: string;
  /** Upper-case HTTP method. */
  method: string;
  /** The request target as sent: path and query string (`/graphql`, `/?query=…`). */
  target: string;
  /** Milliseconds since the epoch, as in `x-offa-timestamp`. */
  timestamp: string;
  nonce: string;
  /** Hex SHA-256 of the body bytes. */
  contentSha256: string;
  /** The `x-offa-claims` value, or "" when absent. */
  claims: string;
  /** The `x-request-id` value, or "" when absent. */
  requestId: string;
}

/** Names the protocol version in what is signed, so a later version cannot be confused with this one. */
export const SIGNING_VERSION = "OFFA-HMAC-SHA256-1";

/**
 * The string that is signed: the version, then each part on its own line. No part may contain a line feed
 * (headers cannot, and the method and target are checked), so the encoding is unambiguous.
 */
export function canonicalRequest(parts: SignedParts): string {
  return [
    SIGNING_VERSION,
    parts.audience,
    parts.method,
    parts.target,
    parts.timestamp,
    parts.nonce,
    parts.contentSha256,
    parts.claims,
    parts.requestId,
  ].join("\n");
}
