import { randomBytes } from "node:crypto";
import { canonicalRequest } from "./canonicalRequest";
import { hmacSha256, sha256Hex } from "./hmac";
import { SIGNING_HEADERS } from "./signingHeaders";
import { signingKeyId } from "./signingKeyId";

/** A request about to be sent, as the signer sees it. */
export interface RequestToSign {
  /** The subgraph's name. */
  audience: string;
  method: string;
  /** The full URL or just its path and query: only the path and query are signed. */
  url: string;
  /** The exact body that will be sent ("" for a GET). */
  body: Uint8Array | string;
  /** The `x-offa-claims` value already on the request, if any (claimsHeader.ts encodes it). */
  claims?: string;
  /** The `x-request-id` value already on the request, if any. */
  requestId?: string;
}

/** Overrides for tests: the clock and the nonce. */
export interface SigningOptions {
  now?: number;
  nonce?: string;
}

/**
 * The headers to add to a request so a subgraph accepts it: signature, key id, timestamp, nonce and body hash.
 * The claims and request id headers are the caller's to set (with the same values as given here).
 */
export function signRequest(
  request: RequestToSign,
  key: string,
  options: SigningOptions = {},
): Record<string, string> {
  const timestamp = String(options.now ?? Date.now());
  const nonce = options.nonce ?? randomBytes(16).toString("base64url");
  const contentSha256 = sha256Hex(request.body);
  const signature = hmacSha256(
    key,
    canonicalRequest({
      audience: request.audience,
      method: request.method.toUpperCase(),
      target: requestTarget(request.url),
      timestamp,
      nonce,
      contentSha256,
      claims: request.claims ?? "",
      requestId: request.requestId ?? "",
    }),
  );
  return {
    [SIGNING_HEADERS.signature]: signature,
    [SIGNING_HEADERS.keyId]: signingKeyId(key),
    [SIGNING_HEADERS.audience]: request.audience,
    [SIGNING_HEADERS.timestamp]: timestamp,
    [SIGNING_HEADERS.nonce]: nonce,
    [SIGNING_HEADERS.contentSha256]: contentSha256,
  };
}

/** The path and query of a URL, as the HTTP request line carries them. */
export function requestTarget(url: string): string {
  const parsed = new URL(url, "http://target.invalid");
  return `${parsed.pathname}${parsed.search}`;
}
