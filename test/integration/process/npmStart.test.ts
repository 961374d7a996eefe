import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { postGraphQL } from "../../helpers/graphql";
import { spawnEntry } from "../../helpers/spawnProcess";

/** The README's main command: scripts/start.ts on the embedded default, in a fresh data folder. */
describe("npm start (scripts/start.ts) on the embedded default", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "offa-start-"));

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("seeds a fresh folder, loads the mapping rules, serves the gateway and stops on SIGINT", async () => {
    const ports = { GATEWAY_PORT: "0", CEFA_PORT: "0", IFAPME_PORT: "0", SFPME_PORT: "0", OFFA_PORT: "0" };
    // NODE_ENV as a developer runs it (jest's "test" would hide a signal handler Apollo Server installs otherwise).
    const start = spawnEntry("scripts/start.ts", {
      ...ports,
      OFFA_DATA_DIR: dataDir,
      OFFA_SCALE: "0.005",
      NODE_ENV: "development",
    });
    const [, url] = await start.waitFor(/OFFA gateway ready at (http:\/\/127\.0\.0\.1:\d+\/)/, 120_000);
    expect(start.output()).toContain("seeded the synthetic dataset");
    expect(start.output()).toMatch(/loaded mapping rule set \d+/);
    const response = await postGraphQL<{
      learners: { id: string; commonContracts: { contractType: string }[] }[];
    }>(url, `{ learners(first: 3) { id commonContracts { contractType } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.learners).toHaveLength(3);
    start.child.kill("SIGINT");
    expect(await start.exited()).toBe(0);
    expect(start.output()).toContain("OFFA stack: SIGINT: draining");
    expect(start.output()).toContain("OFFA stack: stopped");
  }, 150_000);

  it("exits 1 listing every invalid setting", async () => {
    const start = spawnEntry("scripts/start.ts", { OFFA_SCALE: "huge", OFFA_URL: "http://127.0.0.1:1/" });
    expect(await start.exited()).toBe(1);
    expect(start.output()).toContain("OFFA_CONFIG_INVALID");
    expect(start.output()).toContain("OFFA_SCALE=huge");
    expect(start.output()).toContain("OFFA_URL is for the gateway alone");
  });
});
