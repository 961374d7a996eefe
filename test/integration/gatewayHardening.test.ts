import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import { signDevelopmentToken } from "../../gateway/auth";
import { type GatewayConfig, readGatewayConfig } from "../../gateway/config";
import { readLimitsConfig } from "../../gateway/limits";
import { MASKED_MESSAGE, operationHash } from "../../gateway/production";
import { type RunningGateway, startGateway } from "../../gateway/startGateway";
import { postGraphQL } from "../helpers/graphql";

/**
 * A gateway on its own (subgraphs unreachable, which no request here needs; the masked-error one meets a stand-in
 * CEFA subgraph that answers an error with an unregistered code), built
 * from an injected environment rather than this worker's: the rate limit in process and on Redis, and the
 * production mode (introspection refused, suggestions masked, an unregistered error masked with a request id
 * and logged, a safelist).
 */
const UNREACHABLE = "http://127.0.0.1:9/graphql";

function configFrom(env: Record<string, string>, overrides: Partial<GatewayConfig> = {}): GatewayConfig {
  const config = readGatewayConfig({ GATEWAY_PORT: "0", ...env });
  const subgraphUrls = Object.fromEntries(
    ["cefa", "ifapme", "sfpme", "offa"].map((name) => [name, UNREACHABLE]),
  );
  return { ...config, subgraphUrls, ...overrides };
}

describe.each([
  ["in process", {}],
  ["on Redis", { REDIS_URL: "redis://127.0.0.1:6379" }],
])("the rate limit %s", (_where, env) => {
  let gateway: RunningGateway;
  const subject = `rate-limit-test-${process.pid}-${Date.now()}-${Object.keys(env).length}`;

  beforeAll(async () => {
    gateway = await startGateway(
      configFrom({ GATEWAY_RATE_LIMIT: "3", GATEWAY_RATE_LIMIT_WINDOW_SECONDS: "30", ...env }),
    );
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  it("answers the fourth request of a client in the window with 429, Retry-After and OFFA_GATEWAY_RATE_LIMITED", async () => {
    const token = await signDevelopmentToken({ role: "DEVELOPER", subject });
    const other = await signDevelopmentToken({ role: "DEVELOPER", subject: `${subject}-other` });
    for (let i = 0; i < 3; i += 1) {
      const ok = await postGraphQL(gateway.url, "{ __typename }", {}, {}, token);
      expect(ok.status).toBe(200);
    }
    const response = await fetch(gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(30);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("OFFA_GATEWAY_RATE_LIMITED");
    // Counted per client: another subject still passes.
    expect((await postGraphQL(gateway.url, "{ __typename }", {}, {}, other)).status).toBe(200);
  });

  if ("REDIS_URL" in env) {
    it("keeps the count in Redis, shared by every gateway process", async () => {
      const redis = new Redis("redis://127.0.0.1:6379", { lazyConnect: true });
      await redis.connect();
      try {
        expect(Number(await redis.get(`offa-gateway-rate:sub:${subject}`))).toBeGreaterThanOrEqual(4);
      } finally {
        await redis.quit();
      }
    });
  }
});

describe("a production-mode gateway", () => {
  let gateway: RunningGateway;
  const logged: string[] = [];
  let stderr: jest.SpyInstance;
  let leaky: Server;
  const safeQuery = "{ __typename }";

  beforeAll(async () => {
    stderr = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
    // A CEFA subgraph whose error carries a code no registry knows, and internals in its message.
    leaky = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(
        JSON.stringify({
          data: null,
          errors: [
            { message: "relation cefa.secret missing (/work/x.ts)", extensions: { code: "LEAKY_CODE" } },
          ],
        }),
      );
    });
    await new Promise<void>((resolve) => leaky.listen(0, "127.0.0.1", resolve));
    const leakyUrl = `http://127.0.0.1:${(leaky.address() as AddressInfo).port}/graphql`;
    // NODE_ENV=production's settings, injected: the worker's own environment is left alone.
    const env = { NODE_ENV: "production", GATEWAY_RATE_LIMIT: "1000" };
    const config = configFrom({}, { mode: "production", limits: readLimitsConfig(env, true, []) });
    gateway = await startGateway({ ...config, subgraphUrls: { ...config.subgraphUrls, cefa: leakyUrl } });
  });

  afterAll(async () => {
    await gateway?.stop();
    await new Promise((resolve) => leaky?.close(resolve));
    stderr?.mockRestore();
  });

  it("refuses introspection", async () => {
    const result = await postGraphQL(gateway.url, "{ __schema { types { name } } }");
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
    expect(result.data ?? undefined).toBeUndefined();
  });

  it("masks field suggestions", async () => {
    const result = await postGraphQL(gateway.url, "{ learnerz(first: 1) { id } }");
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|"learners"|learner\b/);
  });

  it("masks an error without a registered code, with the request id, and logs its detail under that id", async () => {
    logged.length = 0;
    const result = await postGraphQL(
      gateway.url,
      "{ cefaCodes { code } }",
      {},
      { "x-request-id": "req-masked-1" },
    );
    const error = result.errors?.[0];
    expect(error?.message).toBe(MASKED_MESSAGE);
    expect(error?.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: "req-masked-1" });
    const text = JSON.stringify(result);
    for (const leak of [
      /127\.0\.0\.1/,
      /LEAKY_CODE/,
      /secret/,
      /stack/i,
      /\/work\//,
      /\.ts\b/,
      /Did you mean/,
    ])
      expect(text).not.toMatch(leak);
    const line = logged.map((l) => l.trim()).find((l) => l.includes('"req-masked-1"'));
    expect(line).toBeDefined();
    const entry = JSON.parse(line!) as { level: string; requestId: string; message: string };
    expect(entry.level).toBe("error");
    expect(entry.message).toMatch(/relation cefa\.secret/);
  });

  it("keeps registered codes as they are (a limit refused in validation)", async () => {
    const cycle = `{ cefaLearners(first: 1) { offaLearner { cefa { offaLearner { cefa { offaLearner { cefa { offaLearner { id } } } } } } } } }`;
    const result = await postGraphQL(gateway.url, cycle);
    expect(result.errors?.[0]?.extensions?.code).toBe("OFFA_GATEWAY_LIMIT_DEPTH");
  });

  describe("with a safelist", () => {
    let safelisted: RunningGateway;

    beforeAll(async () => {
      safelisted = await startGateway(
        configFrom({}, { mode: "production", safelist: new Map([[operationHash(safeQuery), safeQuery]]) }),
      );
    });

    afterAll(async () => {
      await safelisted?.stop();
    });

    it("runs a listed operation by hash or by text and refuses anything else with a code", async () => {
      const token = await signDevelopmentToken({ role: "DEVELOPER" });
      const byHash = await fetch(safelisted.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(safeQuery) } },
        }),
      });
      expect(byHash.status).toBe(200);
      expect(await byHash.json()).toEqual({ data: { __typename: "Query" } });
      expect((await postGraphQL(safelisted.url, safeQuery)).data).toEqual({ __typename: "Query" });
      const other = await postGraphQL(safelisted.url, "{ __typename __typename }");
      expect(other.status).toBe(400);
      expect(other.errors?.[0]?.extensions?.code).toBe("OFFA_GATEWAY_OPERATION_NOT_SAFELISTED");
    });
  });
});
