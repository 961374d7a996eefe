import type { AccessClaims } from "../access";
import { canonicalRequest } from "./canonicalRequest";
import { decodeClaimsHeader } from "./claimsHeader";
import { constantTimeEqual, hmacSha256, sha256Hex } from "./hmac";
import type { SignatureRefusal } from "./SignatureRefusal";
import { requestTarget } from "./signRequest";
import { SIGNING_HEADERS } from "./signingHeaders";
import { signingKeyId } from "./signingKeyId";
import type { SigningKeys } from "./SigningKeys";

/** A received request, as the verifier needs it. */
export interface ReceivedRequest {
  method: string;
  /** The request target (`req.url` in node:http). */
  url: string;
  /** Header values by lower-case name (a repeated header is refused as malformed). */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The exact body bytes received. */
  body: Uint8Array;
}

/** How much clock difference and delay a subgraph tolerates by default: 30 s either way. */
export const DEFAULT_SIGNATURE_WINDOW_MS = 30_000;

/** A request that verified: what the gateway vouches for, and the nonce to record against replay. */
export interface VerifiedRequest {
  ok: true;
  /** The caller's claims, or null when the gateway forwarded none (nothing beyond public data). */
  claims: AccessClaims | null;
  requestId: string | undefined;
  nonce: string;
  /** Until when the nonce must be remembered (the end of the timestamp's window), ms since the epoch. */
  nonceExpiresAt: number;
}

/** The outcome of verifying a request: accepted with what it carries, or refused with a reason. */
export type Verification = VerifiedRequest | { ok: false; reason: SignatureRefusal };

const TIMESTAMP = /^\d{1,16}$/;
const NONCE = /^[A-Za-z0-9_-]{16,128}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Checks a request's signature with constant-time comparison: headers present and well formed, key known
 * (current or previous), body hash, signature, freshness, then claims. Replay is the caller's to check with
 * `nonce` (it needs a store shared by every copy of the subgraph).
 */
export function verifyRequest(
  request: ReceivedRequest,
  keys: SigningKeys,
  options: { audience: string; now?: number; windowMs?: number },
): Verification {
  const refuse = (reason: SignatureRefusal): Verification => ({ ok: false, reason });
  const header = (name: string): string | undefined | null => {
    const value = request.headers[name];
    return Array.isArray(value) ? null : value;
  };
  const signature = header(SIGNING_HEADERS.signature);
  const keyId = header(SIGNING_HEADERS.keyId);
  const timestamp = header(SIGNING_HEADERS.timestamp);
  const nonce = header(SIGNING_HEADERS.nonce);
  const contentSha256 = header(SIGNING_HEADERS.contentSha256);
  const audience = header(SIGNING_HEADERS.audience);
  const claims = header(SIGNING_HEADERS.claims);
  const requestId = header(SIGNING_HEADERS.requestId);
  const required = [signature, keyId, timestamp, nonce, contentSha256, audience];
  if (required.some((value) => value === undefined || value === "")) return refuse("MISSING");
  if (required.includes(null) || claims === null || requestId === null) return refuse("MALFORMED");
  if (!TIMESTAMP.test(timestamp!) || !NONCE.test(nonce!) || !SHA256_HEX.test(contentSha256!))
    return refuse("MALFORMED");

  if (audience !== options.audience) return refuse("WRONG_AUDIENCE");
  const key = [keys.current, keys.previous].find(
    (candidate) => candidate !== undefined && constantTimeEqual(signingKeyId(candidate), keyId!),
  );
  if (key === undefined) return refuse("UNKNOWN_KEY");
  if (!constantTimeEqual(sha256Hex(request.body), contentSha256!)) return refuse("BODY_MISMATCH");
  const expected = hmacSha256(
    key,
    canonicalRequest({
      audience: options.audience,
      method: request.method.toUpperCase(),
      target: requestTarget(request.url),
      timestamp: timestamp!,
      nonce: nonce!,
      contentSha256: contentSha256!,
      claims: claims ?? "",
      requestId: requestId ?? "",
    }),
  );
  if (!constantTimeEqual(expected, signature!)) return refuse("BAD_SIGNATURE");

  const now = options.now ?? Date.now();
  const windowMs = options.windowMs ?? DEFAULT_SIGNATURE_WINDOW_MS;
  const signedAt = Number(timestamp);
  if (Math.abs(now - signedAt) > windowMs) return refuse("STALE");

  let decoded: AccessClaims | null = null;
  if (claims !== undefined) {
    const fromHeader = decodeClaimsHeader(claims);
    if (!fromHeader) return refuse("BAD_CLAIMS");
    decoded = fromHeader;
  }
  return {
    ok: true,
    claims: decoded,
    requestId: requestId || undefined,
    nonce: nonce!,
    nonceExpiresAt: signedAt + windowMs,
  };
}
