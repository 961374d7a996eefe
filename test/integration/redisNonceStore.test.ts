import { randomUUID } from "node:crypto";
import { createRedisNonceStore } from "../../subgraphs/kit/server/createRedisNonceStore";

const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";

/** Several copies of a subgraph share used nonces through Redis: a request accepted by one is a replay at another. */
describe("createRedisNonceStore (Redis)", () => {
  it("accepts a nonce at one copy and refuses it at another", async () => {
    const first = await createRedisNonceStore(REDIS_URL);
    const second = await createRedisNonceStore(REDIS_URL);
    try {
      const nonce = randomUUID();
      const expiresAt = Date.now() + 30_000;
      expect(await first.claim(nonce, expiresAt)).toBe(true);
      expect(await second.claim(nonce, expiresAt)).toBe(false);
      expect(await first.claim(nonce, expiresAt)).toBe(false);
    } finally {
      await first.close();
      await second.close();
      await second.close();
    }
  });

  it("lets the nonce expire with its window", async () => {
    const store = await createRedisNonceStore(REDIS_URL);
    try {
      const nonce = randomUUID();
      expect(await store.claim(nonce, Date.now() + 50)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(await store.claim(nonce, Date.now() + 50)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("fails at start with OFFA_SIGNATURE_NONCE_STORE_UNAVAILABLE when Redis is unreachable", async () => {
    await expect(createRedisNonceStore("redis://127.0.0.1:1")).rejects.toMatchObject({
      code: "OFFA_SIGNATURE_NONCE_STORE_UNAVAILABLE",
    });
  });
});
