import { createHmac } from "node:crypto";

/**
 * The keyed hash under which OFFA keeps a national number (NISS or BIS): HMAC-SHA256, hex. Without the key
 * the hash cannot be reversed by hashing every possible number (there are only ~10^11). The key lives
 * outside the database (OFFA_NISS_HASH_KEY).
 */
export function hashNiss(niss: string, key: string): string {
  return createHmac("sha256", key).update(niss.replace(/\D/g, "")).digest("hex");
}
