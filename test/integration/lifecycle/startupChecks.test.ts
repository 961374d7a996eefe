import { createServer, type AddressInfo, type Server } from "node:net";
import { spawnEntry } from "../../helpers/spawnProcess";

/** A port held by this test for the duration of `work`, as another process would hold it. */
async function withHeldPorts<T>(count: number, work: (ports: number[]) => Promise<T>): Promise<T> {
  const holders: Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const holder = createServer();
      await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
      holders.push(holder);
    }
    return await work(holders.map((holder) => (holder.address() as AddressInfo).port));
  } finally {
    for (const holder of holders) holder.close();
  }
}

/** TEST-NET-1 (RFC 5737): an address no machine of ours has. */
const FOREIGN_HOST = "192.0.2.10";

/** Issue 9, item 5: every start-up problem in one message, the listen address included, before anything slow. */
describe("start-up checks", () => {
  it("lists a port in use beside the gateway's other invalid settings, in one message", async () => {
    await withHeldPorts(1, async ([port]) => {
      const gateway = spawnEntry("gateway/main.ts", {
        GATEWAY_PORT: String(port),
        SHUTDOWN_GRACE_MS: "soon",
        SUPERGRAPH_POLL_MS: "5",
      });
      expect(await gateway.exited()).toBe(1);
      const output = gateway.output();
      expect(output).toContain("[OFFA_GATEWAY_CONFIG_INVALID] Invalid configuration:");
      expect(output).toContain("SHUTDOWN_GRACE_MS=soon must be an integer");
      expect(output).toContain("SUPERGRAPH_POLL_MS=5 must be 0 (no reload)");
      expect(output).toContain(`127.0.0.1:${port} is already in use: choose another port with GATEWAY_PORT`);
      expect(output.match(/failed to start/g)).toHaveLength(1);
    });
  });

  it("refuses a gateway host that is not an address of this machine, naming GATEWAY_HOST", async () => {
    const gateway = spawnEntry("gateway/main.ts", { GATEWAY_HOST: FOREIGN_HOST, GATEWAY_PORT: "0" });
    expect(await gateway.exited()).toBe(1);
    expect(gateway.output()).toContain("[OFFA_GATEWAY_LISTEN_FAILED]");
    expect(gateway.output()).toContain(
      `${FOREIGN_HOST}:0 is not an address of this machine: set GATEWAY_HOST`,
    );
  });

  it("checks a subgraph's port before opening its store", async () => {
    await withHeldPorts(1, async ([port]) => {
      // The store is unreachable too, but the process never gets that far: the port comes first, and fast.
      const startedAt = Date.now();
      const cefa = spawnEntry("subgraphs/cefa/main.ts", {
        CEFA_PORT: String(port),
        CEFA_DATABASE_URL: "postgresql://127.0.0.1:1/nowhere",
      });
      expect(await cefa.exited()).toBe(1);
      expect(cefa.output()).toContain("[OFFA_LISTEN_FAILED]");
      expect(cefa.output()).toContain(
        `127.0.0.1:${port} is already in use: choose another port with CEFA_PORT`,
      );
      expect(cefa.output()).not.toContain("OFFA_DATABASE_UNREACHABLE");
      console.log(`cefa refused its port ${Date.now() - startedAt} ms after spawn (process start included)`);
    });
  });

  it("lists a subgraph's foreign host with its other invalid settings", async () => {
    const ifapme = spawnEntry("subgraphs/ifapme/main.ts", {
      IFAPME_HOST: FOREIGN_HOST,
      IFAPME_PORT: "0",
      SHUTDOWN_DRAIN_TIMEOUT_MS: "-1",
    });
    expect(await ifapme.exited()).toBe(1);
    expect(ifapme.output()).toContain("[OFFA_CONFIG_INVALID]");
    expect(ifapme.output()).toContain("SHUTDOWN_DRAIN_TIMEOUT_MS=-1 must be an integer");
    expect(ifapme.output()).toContain(`${FOREIGN_HOST}:0 is not an address of this machine: set IFAPME_HOST`);
  });

  it("checks every port of npm start at once, before any store is opened", async () => {
    await withHeldPorts(2, async ([gatewayPort, cefaPort]) => {
      const start = spawnEntry("scripts/start.ts", {
        GATEWAY_PORT: String(gatewayPort),
        CEFA_PORT: String(cefaPort),
        IFAPME_PORT: "47211",
        SFPME_PORT: "0",
        OFFA_PORT: "47211",
      });
      expect(await start.exited()).toBe(1);
      const output = start.output();
      expect(output).toContain("[OFFA_LISTEN_FAILED] Invalid configuration:");
      expect(output).toContain(
        `127.0.0.1:${gatewayPort} is already in use: choose another port with GATEWAY_PORT`,
      );
      expect(output).toContain(`127.0.0.1:${cefaPort} is already in use: choose another port with CEFA_PORT`);
      expect(output).toContain("IFAPME_PORT and OFFA_PORT both name 127.0.0.1:47211");
      expect(output).not.toContain("starting OFFA stack");
    });
  });
});
