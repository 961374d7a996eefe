import { createHash, createHmac } from "node:crypto";
import type { PseudonymDomain } from "./pseudonymDomains";

/** A domain key as configured: its secret, and an id derived from it so that records can name the key used. */
export interface PseudonymKey {
  /** The first 16 hex digits of SHA-256("offa-pseudonym-key:" + secret): names the key, reveals nothing of it. */
  id: string;
  secret: string;
}

/** Builds a PseudonymKey from its secret. */
export function pseudonymKey(secret: string): PseudonymKey {
  const id = createHash("sha256").update(`offa-pseudonym-key:${secret}`).digest("hex").slice(0, 16);
  return { id, secret };
}

/**
 * The pseudonym of a national number (NISS or BIS, separators ignored) in one domain under one key:
 * HMAC-SHA256(key, domain + ":" + digits), hex. The domain is inside the MAC, so even one key shared by mistake
 * across domains still gives unrelated pseudonyms. Without the key, the ~10^11 possible numbers cannot be tried.
 */
export function derivePseudonym(domain: PseudonymDomain, nationalNumber: string, key: PseudonymKey): string {
  const digits = nationalNumber.replace(/\D/g, "");
  return createHmac("sha256", key.secret).update(`${domain}:${digits}`).digest("hex");
}
