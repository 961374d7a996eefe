import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { type AddressInfo, connect, createServer } from "node:net";
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

/*
 * Issue 9: a Redis outage while the subgraph runs never turns into errors for callers. A Redis of the test's own
 * is stopped (never the machine's shared one).
 */
describe("createRedisNonceStore when Redis goes away and comes back", () => {
  let redis: ChildProcess;
  let port: number;

  async function startRedis(): Promise<void> {
    redis = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      {
        stdio: "ignore",
      },
    );
    for (let i = 0; i < 50; i++) {
      if (await answers(port)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("redis-server did not start");
  }

  async function stopRedis(): Promise<void> {
    const exited = new Promise((resolve) => redis.once("exit", resolve));
    redis.kill("SIGKILL");
    await exited;
  }

  beforeAll(async () => {
    port = await freePort();
    await startRedis();
  });
  afterAll(async () => {
    if (redis.exitCode === null && redis.signalCode === null) await stopRedis();
  });

  it("keeps accepting fresh nonces and refusing replays to the same copy, then shares them again", async () => {
    const lines: Record<string, unknown>[] = [];
    const store = await createRedisNonceStore(`redis://127.0.0.1:${port}`, Date.now, (line) =>
      lines.push(line),
    );
    const other = await createRedisNonceStore(`redis://127.0.0.1:${port}`, Date.now, () => undefined);
    try {
      const before = randomUUID();
      const expiresAt = () => Date.now() + 30_000;
      expect(await store.claim(before, expiresAt())).toBe(true);

      await stopRedis();
      const started = Date.now();
      const during = randomUUID();
      expect(await store.claim(during, expiresAt())).toBe(true);
      expect(Date.now() - started).toBeLessThan(1_000);
      // Replays to this copy are still refused, whether first seen before or during the outage.
      expect(await store.claim(before, expiresAt())).toBe(false);
      expect(await store.claim(during, expiresAt())).toBe(false);
      expect(lines.map((line) => line.level)).toEqual(["warn"]);

      await startRedis();
      const after = randomUUID();
      let shared = false;
      for (let i = 0; i < 50 && !shared; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const nonce = `${after}-${i}`;
        // Accepted here, then refused at the other copy: Redis is shared again.
        if (await store.claim(nonce, expiresAt())) shared = !(await other.claim(nonce, expiresAt()));
      }
      expect(shared).toBe(true);
      expect(lines.map((line) => line.level)).toEqual(["warn", "info"]);
    } finally {
      await store.close();
      await other.close();
    }
  }, 20_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.write("PING\r\n");
      socket.once("data", (data) => {
        socket.destroy();
        resolve(data.toString().startsWith("+PONG"));
      });
    });
    socket.once("error", () => resolve(false));
  });
}
