/**
 * The HTTP headers of a signed subgraph request (lower case, as Node reads them). Every one but `x-request-id`
 * is required; the signature covers all of them except the signature itself and the key id (a wrong key id
 * simply finds no key, or a key that does not verify).
 */
export const SIGNING_HEADERS = {
  /** Base64url HMAC-SHA256 of the canonical request (canonicalRequest.ts). */
  signature: "x-offa-signature",
  /** Which key signed: the id of the gateway's current key (signingKeyId.ts), so keys can rotate. */
  keyId: "x-offa-key-id",
  /** When the gateway signed, in milliseconds since the epoch. */
  timestamp: "x-offa-timestamp",
  /** A random value used once: a subgraph refuses a nonce it has already seen within the window. */
  nonce: "x-offa-nonce",
  /** The subgraph the gateway meant (`cefa`, `offa`...): a request signed for one subgraph is refused by another. */
  audience: "x-offa-audience",
  /** Hex SHA-256 of the exact body bytes sent (of the empty string for a GET). */
  contentSha256: "x-offa-content-sha256",
  /** The caller's verified AccessClaims as base64url JSON (claimsHeader.ts); absent when there are none. */
  claims: "x-offa-claims",
  /** The gateway's request id, for logs on both sides; optional. */
  requestId: "x-request-id",
} as const;
