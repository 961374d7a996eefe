import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A request as the scripted server saw it. */
export interface SeenRequest {
  /** 1 for the first request the server received. */
  index: number;
  /** Milliseconds since the server started. */
  at: number;
  headers: IncomingMessage["headers"];
  body: string;
  /** The connection it came on (1 for the first the server accepted). */
  socket: number;
}

/** A tiny subgraph stand-in on 127.0.0.1 whose every answer the test scripts. */
export interface ScriptedServer {
  url: string;
  server: Server;
  requests: SeenRequest[];
  /** Connections accepted so far. */
  connections: number;
  close(): Promise<void>;
}

/** What the script does with request `seen`: answer it with `res`, or not at all (hang, reset). */
export type Script = (seen: SeenRequest, req: IncomingMessage, res: ServerResponse) => void;

/** A JSON GraphQL answer with `status`. */
export function answer(res: ServerResponse, status: number, body: unknown = { data: { ok: true } }): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** Starts a node:http server on 127.0.0.1, port 0, that reads each body whole and hands it to `script`. */
export async function startScriptedServer(script: Script): Promise<ScriptedServer> {
  const started = performance.now();
  const requests: SeenRequest[] = [];
  const socketIds = new WeakMap<Socket, number>();
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const seen: SeenRequest = {
        index: requests.length + 1,
        at: performance.now() - started,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        socket: socketIds.get(req.socket) ?? 0,
      };
      requests.push(seen);
      script(seen, req, res);
    });
  });
  server.on("connection", (socket) => {
    connections += 1;
    socketIds.set(socket, connections);
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    server,
    requests,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
