import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** Hex SHA-256 of the exact bytes (a string is taken as UTF-8, as it is sent). */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Base64url HMAC-SHA256 of a text under a key. */
export function hmacSha256(key: string, text: string): string {
  return createHmac("sha256", key).update(text).digest("base64url");
}

/**
 * Whether two strings are equal, in time that does not depend on where they differ (a signature compared
 * with `===` leaks, byte by byte, how much of a forgery is right). Lengths are not secret.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
