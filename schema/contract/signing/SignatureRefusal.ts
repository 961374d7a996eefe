/**
 * Why a subgraph refuses a request, one reason per way a request can fail verification. Each maps to one
 * registered error code on the subgraph side (subgraphs/kit/server).
 */
export type SignatureRefusal =
  /** No signature header, or a required signing header is absent. */
  | "MISSING"
  /** A signing header is present but not of its format (timestamp not a number, nonce too long...). */
  | "MALFORMED"
  /** Signed for another subgraph (`x-offa-audience` is not this subgraph's name). */
  | "WRONG_AUDIENCE"
  /** The key id names none of the subgraph's keys. */
  | "UNKNOWN_KEY"
  /** The body received does not hash to the signed `x-offa-content-sha256`: the body was changed. */
  | "BODY_MISMATCH"
  /** The signature does not verify: the method, path, claims, request id, timestamp or nonce was changed, or another key signed. */
  | "BAD_SIGNATURE"
  /** The timestamp is outside the window around the subgraph's clock. */
  | "STALE"
  /** Signed, but the claims are not valid AccessClaims (unknown role, scope or purpose...). */
  | "BAD_CLAIMS"
  /** Signed and fresh, but its nonce was already used within the window. */
  | "REPLAYED";
