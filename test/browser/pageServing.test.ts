import { readGatewayConfig, type GatewayConfig } from "../../gateway/config";
import { type RunningGateway, startGateway } from "../../gateway/startGateway";

/*
 * Issue 12 over HTTP, without a browser: which pages a gateway serves in each mode. A gateway on its own (its
 * subgraphs unreachable: no request here needs them), from an injected environment rather than this worker's.
 */

const UNREACHABLE = "http://127.0.0.1:9/graphql";

function configFrom(overrides: Partial<GatewayConfig>): GatewayConfig {
  // Warnings only, as test/setup/quietLogs.ts sets for gateways configured from this worker's environment.
  const config = readGatewayConfig({ GATEWAY_PORT: "0", LOG_LEVEL: "warn" });
  const subgraphUrls = Object.fromEntries(
    ["cefa", "ifapme", "sfpme", "offa"].map((name) => [name, UNREACHABLE]),
  );
  return { ...config, subgraphUrls, ...overrides };
}

const get = (gateway: RunningGateway, path: string, accept = "*/*") =>
  fetch(new URL(path, gateway.url), { headers: { accept } });

describe("a development gateway", () => {
  let gateway: RunningGateway;

  beforeAll(async () => {
    gateway = await startGateway(configFrom({ mode: "development" }));
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  it("answers a browser at / with links to its own pages, not Apollo Sandbox from a CDN", async () => {
    const response = await get(gateway, "/", "text/html");
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('href="/playground"');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("serves the playground, its script and Monaco's workers, held to its own origin", async () => {
    const page = await get(gateway, "/playground", "text/html");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain('<script src="/playground/assets/playground.js">');
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ["playground.js", "playground.css", "graphql.worker.js", "editor.worker.js"]) {
      const response = await get(gateway, `/playground/assets/${asset}`);
      expect([asset, response.status]).toEqual([asset, 200]);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect((await get(gateway, "/playground/assets/nothing.js")).status).toBe(404);
  }, 60_000);

  it("mints development tokens", async () => {
    const response = await get(gateway, "/playground/token?role=DASHBOARD_ANALYST");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { headers: Record<string, string> };
    expect(body.headers.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(body.headers["x-offa-purpose"]).toBeUndefined();
  });
});

describe("a production-mode gateway", () => {
  let gateway: RunningGateway;

  beforeAll(async () => {
    gateway = await startGateway(configFrom({ mode: "production" }));
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  it("has no playground and mints no token: 404", async () => {
    for (const path of [
      "/playground",
      "/playground/assets/playground.js",
      "/playground/token?role=DEVELOPER",
    ]) {
      expect([path, (await get(gateway, path, "text/html")).status]).toEqual([path, 404]);
    }
  });

  it("serves no landing page at /, neither Apollo's nor the development one", async () => {
    const body = await (await get(gateway, "/", "text/html")).text();
    expect(body).not.toContain("/playground");
    expect(body).not.toMatch(/apollo-server-landing-page|embeddable-sandbox|studio\.apollographql/);
  });
});
