import Redis from "ioredis";
import { KitError } from "../errors/KitError";
import { createMemoryNonceStore } from "./createMemoryNonceStore";
import type { NonceStore } from "./NonceStore";
import { REQUEST_VERIFICATION_DEFAULTS } from "./RequestVerificationSettings";

const PREFIX = "offa:signature-nonce:";

/**
 * The longest a nonce check waits for Redis before this copy decides alone (a modelling choice: Redis answers
 * on the same network in about a millisecond; a request must not wait seconds for a replay check).
 */
const REDIS_COMMAND_TIMEOUT_MS = 250;

/**
 * Nonces in Redis (`SET key 1 PX ttl NX`), shared by every copy of every subgraph using the same Redis, so a
 * request accepted by one copy is refused by the others. Connects at start: an unreachable Redis then stops the
 * process with OFFA_SIGNATURE_NONCE_STORE_UNAVAILABLE, as a misconfiguration.
 *
 * Once running, a Redis outage must not turn into errors for every caller (issue 9). Each nonce is therefore
 * also claimed in this process's own store, which is checked first and always: replays to this copy are refused
 * whatever Redis does. While Redis does not answer, that store decides alone, so the one thing lost during an
 * outage is the refusal of a replay sent to ANOTHER copy within the signature window (30 s); the outage and its
 * end are logged. This trade-off is a modelling choice: the signature itself (the key, the body hash, the
 * window) still holds, and a captured request is only ever replayed as itself.
 */
export async function createRedisNonceStore(
  url: string,
  now: () => number = Date.now,
  log: (line: Record<string, unknown>) => void = (line) => console.warn(JSON.stringify(line)),
): Promise<NonceStore> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    // While disconnected, fail at once (the local store decides) instead of queueing behind reconnection.
    enableOfflineQueue: false,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
  });
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
  const local = createMemoryNonceStore(REQUEST_VERIFICATION_DEFAULTS.maxNonces, now);
  let degraded = false;
  const setDegraded = (value: boolean, reason?: string) => {
    if (degraded === value) return;
    degraded = value;
    log(
      value
        ? {
            level: "warn",
            msg: "nonce store: Redis unreachable, replays checked in this process only",
            reason,
          }
        : { level: "info", msg: "nonce store: Redis answers again, replays checked across copies" },
    );
  };
  let closing: Promise<void> | undefined;
  return {
    async claim(nonce, expiresAt) {
      if (!(await local.claim(nonce, expiresAt))) return false;
      const ttl = Math.max(1, Math.ceil(expiresAt - now()));
      try {
        const fresh = (await redis.set(`${PREFIX}${nonce}`, "1", "PX", ttl, "NX")) === "OK";
        setDegraded(false);
        return fresh;
      } catch (error) {
        setDegraded(true, (error as Error).message);
        return true;
      }
    },
    close: () =>
      (closing ??= Promise.all([
        local.close(),
        redis.quit().then(
          () => undefined,
          () => redis.disconnect(),
        ),
      ]).then(() => undefined)),
  };
}
