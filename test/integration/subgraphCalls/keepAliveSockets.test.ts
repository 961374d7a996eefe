import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { defaultSubgraphCallConfig, SignedGraphQLDataSource } from "../../../gateway/subgraphRequests";
import { answer, startScriptedServer } from "./startScriptedServer";

/** How long the stand-in subgraph keeps an idle connection before closing it, without announcing it. */
const SERVER_IDLE_MS = 400;

/**
 * A subgraph stand-in that closes every connection idle for SERVER_IDLE_MS and sends no `Keep-Alive: timeout`
 * hint (Node's agent would otherwise shorten its own idle time to match), so only the gateway's own
 * idle-socket setting can keep it from reusing a socket the server is closing.
 */
async function startIdleClosingServer() {
  const counts = { requests: 0, connections: 0, closedIdleByServer: 0, closedByClient: 0 };
  const timers = new Map<Socket, NodeJS.Timeout>();
  const closedByServer = new WeakSet<Socket>();
  const server: Server = createServer((req, res) => {
    counts.requests += 1;
    clearTimeout(timers.get(req.socket));
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ data: { ok: true } }));
    });
    res.on("finish", () => {
      timers.set(
        req.socket,
        setTimeout(() => {
          counts.closedIdleByServer += 1;
          closedByServer.add(req.socket);
          req.socket.end();
        }, SERVER_IDLE_MS),
      );
    });
  });
  server.keepAliveTimeout = 0; // no idle timeout of Node's own, and so no Keep-Alive hint
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    counts.connections += 1;
    sockets.add(socket);
    socket.on("close", () => {
      sockets.delete(socket);
      // Closed before the server's idle timer fired: the gateway closed its idle socket first.
      if (!closedByServer.has(socket)) counts.closedByClient += 1;
      clearTimeout(timers.get(socket));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers.values()) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Requests spaced by these gaps (ms): some reuse a warm socket, others come after it went idle. */
const GAPS = [30, 180, 260, 390, 450, 30, 30, 350, 600, 10, 380, 220];

async function sendSpaced(url: string, idleSocketMs: number): Promise<string[]> {
  const source = new SignedGraphQLDataSource({
    name: "cefa",
    url,
    keys: { current: "k".repeat(48) },
    // No retry: a reused dead socket must show as a failure here, not be hidden by a second attempt.
    calls: { ...defaultSubgraphCallConfig(), retries: 0, idleSocketMs },
  });
  const failures: string[] = [];
  for (const gap of GAPS) {
    await new Promise((resolve) => setTimeout(resolve, gap));
    try {
      await source.process({ kind: "health check", request: { query: "{ ok }" }, context: {} } as never);
    } catch (error) {
      failures.push(String((error as { extensions?: { code?: string } }).extensions?.code ?? error));
    }
  }
  return failures;
}

describe("keep-alive sockets to a subgraph", () => {
  it("closes an idle socket before the subgraph does, so none is reused after the server closed it", async () => {
    const server = await startIdleClosingServer();
    try {
      const failures = await sendSpaced(server.url, SERVER_IDLE_MS / 2);
      expect(failures).toEqual([]);
      expect(server.counts.requests).toBe(GAPS.length);
      expect(server.counts.closedIdleByServer).toBe(0);
      // Sockets were reused across short gaps, and replaced after idle ones were closed by the gateway.
      expect(server.counts.connections).toBeLessThan(GAPS.length);
      expect(server.counts.connections).toBeGreaterThan(1);
      expect(server.counts.closedByClient).toBeGreaterThanOrEqual(server.counts.connections - 1);
    } finally {
      await server.close();
    }
  });

  it("leaves the server to close idle sockets when its idle time is the longer one (the race avoided above)", async () => {
    const server = await startIdleClosingServer();
    try {
      await sendSpaced(server.url, 10_000);
      expect(server.counts.closedIdleByServer).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it("opens at most GATEWAY_SUBGRAPH_MAX_SOCKETS connections to a subgraph; further calls wait for one", async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const server = await startScriptedServer((_seen, _req, res) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        answer(res, 200);
      }, 50);
    });
    try {
      const source = new SignedGraphQLDataSource({
        name: "cefa",
        url: server.url,
        keys: { current: "k".repeat(48) },
        calls: { ...defaultSubgraphCallConfig(), maxSockets: 2 },
      });
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          source.process({ kind: "health check", request: { query: "{ ok }" }, context: {} } as never),
        ),
      );
      expect(results.every((result) => (result.data as { ok?: boolean }).ok === true)).toBe(true);
      expect(mostInFlight).toBe(2);
      expect(server.connections).toBe(2);
    } finally {
      await server.close();
    }
  });
});
