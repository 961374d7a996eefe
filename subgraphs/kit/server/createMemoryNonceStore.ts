import type { NonceStore } from "./NonceStore";

/**
 * Nonces in this process: enough for one copy of a subgraph (several copies need createRedisNonceStore).
 * Bounded: expired entries are dropped as time passes, and beyond `maxEntries` the oldest go first (a request
 * whose nonce was evicted early could be replayed, so size it above the requests of one window).
 */
export function createMemoryNonceStore(maxEntries: number, now: () => number = Date.now): NonceStore {
  // Insertion order is acceptance order, and expiries are nearly monotonic in it: sweep from the front.
  const expiries = new Map<string, number>();
  const sweep = (time: number) => {
    for (const [nonce, expiresAt] of expiries) {
      if (expiresAt > time && expiries.size <= maxEntries) break;
      expiries.delete(nonce);
    }
  };
  return {
    async claim(nonce, expiresAt) {
      const time = now();
      sweep(time);
      const known = expiries.get(nonce);
      if (known !== undefined && known > time) return false;
      expiries.set(nonce, expiresAt);
      if (expiries.size > maxEntries) sweep(time);
      return true;
    },
    async close() {
      expiries.clear();
    },
  };
}
