import { createServer, connect, type Server, type Socket } from "node:net";

/** What the proxy does with traffic: forward it, refuse it, or swallow it without an answer. */
export type TcpProxyMode = "forward" | "cut" | "hold";

/** A TCP proxy on loopback in front of one upstream (a subgraph's PostgreSQL), which a test can break. */
export interface TcpProxy {
  port: number;
  mode(): TcpProxyMode;
  /**
   * A database that went away: every open connection is destroyed and the listener closed, so a new
   * connection is refused (ECONNREFUSED) as by a stopped server.
   */
  cut(): Promise<void>;
  /**
   * A database that stopped answering (a network partition): open connections stop forwarding in both
   * directions and new ones are accepted but never answered. Nothing is closed, so only a timeout ends a wait.
   */
  hold(): void;
  /** Back to forwarding on the same port; connections held by `hold` are destroyed (their state is lost). */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a proxy on 127.0.0.1:`port` (0: any free port) forwarding to `upstream`. The test points one
 * subgraph's database URL at it and breaks that subgraph's store alone while the others keep theirs.
 */
export async function createTcpProxy(upstream: { host: string; port: number }, port = 0): Promise<TcpProxy> {
  let mode: TcpProxyMode = "forward";
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    // A destroyed peer is the point of the exercise; an unhandled socket error would crash the test process.
    socket.on("error", () => undefined);
  };
  const onConnection = (client: Socket) => {
    track(client);
    if (mode === "hold") {
      client.pause();
      return;
    }
    if (mode === "cut") {
      client.destroy();
      return;
    }
    const server = connect(upstream.port, upstream.host);
    track(server);
    client.pipe(server);
    server.pipe(client);
    client.once("close", () => server.destroy());
    server.once("close", () => client.destroy());
  };
  let listener: Server | undefined;
  const listen = async (on: number): Promise<number> => {
    const server = createServer(onConnection);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(on, "127.0.0.1", () => resolve());
    });
    listener = server;
    return (server.address() as { port: number }).port;
  };
  const closeListener = () =>
    new Promise<void>((resolve) => (listener?.listening ? listener.close(() => resolve()) : resolve()));
  const destroyAll = () => {
    for (const socket of sockets) socket.destroy();
  };
  const boundPort = await listen(port);
  return {
    port: boundPort,
    mode: () => mode,
    async cut() {
      mode = "cut";
      const closed = closeListener();
      destroyAll();
      await closed;
    },
    hold() {
      mode = "hold";
      for (const socket of sockets) {
        socket.unpipe();
        socket.pause();
      }
    },
    async restore() {
      const wasListening = listener?.listening ?? false;
      if (mode === "hold") destroyAll();
      mode = "forward";
      if (!wasListening) await listen(boundPort);
    },
    async close() {
      mode = "cut";
      const closed = closeListener();
      destroyAll();
      await closed;
    },
  };
}
