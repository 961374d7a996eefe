import { createMemoryNonceStore } from "../createMemoryNonceStore";

describe("createMemoryNonceStore", () => {
  it("accepts a nonce once within its window", async () => {
    let now = 1_000;
    const store = createMemoryNonceStore(10, () => now);
    expect(await store.claim("n1", 31_000)).toBe(true);
    now = 30_000;
    expect(await store.claim("n1", 31_000)).toBe(false);
  });

  it("forgets a nonce after its window (the signature is stale by then anyway)", async () => {
    let now = 1_000;
    const store = createMemoryNonceStore(10, () => now);
    await store.claim("n1", 31_000);
    now = 31_001;
    expect(await store.claim("n1", 61_001)).toBe(true);
  });

  it("stays within its bound, dropping the oldest first", async () => {
    const store = createMemoryNonceStore(2, () => 0);
    await store.claim("a", 10);
    await store.claim("b", 10);
    await store.claim("c", 10);
    expect(await store.claim("c", 10)).toBe(false);
    expect(await store.claim("a", 10)).toBe(true);
  });
});
