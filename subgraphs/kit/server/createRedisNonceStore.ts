import Redis from "ioredis";
import { KitError } from "../errors/KitError";
import type { NonceStore } from "./NonceStore";

const PREFIX = "offa:signature-nonce:";

/**
 * Nonces in Redis (`SET key 1 PX ttl NX`), shared by every copy of every subgraph using the same Redis, so a
 * request accepted by one copy is refused by the others. Connects at start: an unreachable Redis stops the
 * process with OFFA_SIGNATURE_NONCE_STORE_UNAVAILABLE rather than accepting replays.
 */
export async function createRedisNonceStore(url: string, now: () => number = Date.now): Promise<NonceStore> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000 });
  redis.on("error", () => undefined); // Reported where a command fails; without a listener ioredis logs each retry.
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new KitError(
      "OFFA_SIGNATURE_NONCE_STORE_UNAVAILABLE",
      `Cannot reach Redis at REDIS_URL (${(error as Error).message}). Fix or unset REDIS_URL.`,
    );
  }
  let closing: Promise<void> | undefined;
  return {
    async claim(nonce, expiresAt) {
      const ttl = Math.max(1, Math.ceil(expiresAt - now()));
      return (await redis.set(`${PREFIX}${nonce}`, "1", "PX", ttl, "NX")) === "OK";
    },
    close: () =>
      (closing ??= redis.quit().then(
        () => undefined,
        () => redis.disconnect(),
      )),
  };
}
