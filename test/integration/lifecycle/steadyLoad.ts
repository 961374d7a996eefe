import { Agent, request as httpRequest } from "node:http";

/** One request of the load and what became of it. */
export interface LoadRecord {
  sentAt: number;
  /** When the response (or the failure) arrived. */
  answeredAt?: number;
  /** The HTTP status of a complete response; absent when the request failed (reset, refused, cut). */
  status?: number;
  body?: string;
  error?: string;
  /** The response asked the client to close its connection (`Connection: close`). */
  connectionClose: boolean;
}

/** What a load saw, for the assertions. */
export interface LoadReport {
  records: LoadRecord[];
  /** When readiness first answered 503 (undefined: never). */
  notReadyAt?: number;
  /** Readiness answers seen, in order: 200, 503, or `error` once the server no longer accepts. */
  readiness: { at: number; status: number | "error" }[];
}

/** Options of startSteadyLoad. */
export interface SteadyLoadOptions {
  /** Where requests go (POST). */
  url: string;
  /** The server's readiness endpoint, polled every 50 ms like a (fast) load balancer. */
  readyUrl: string;
  /** Concurrent clients, each sending its next request when the previous one is answered. */
  workers: number;
  /** Headers and body of each request (signed requests need a fresh nonce each time). */
  build(): { headers: Record<string, string>; body: string };
  /**
   * How long after readiness first answers 503 the clients keep sending: a load balancer learns late (the
   * propagation the server's grace period covers).
   */
  propagationMs: number;
}

/**
 * A steady stream of requests over keep-alive connections, sent the way a client behind a load balancer sends
 * them: it stops sending once readiness has answered 503 for `propagationMs`. Every request sent is recorded
 * with its complete response or its failure, so a test can prove none was reset or lost.
 */
export function startSteadyLoad(options: SteadyLoadOptions): {
  finished: Promise<LoadReport>;
  stop(): void;
} {
  const agent = new Agent({ keepAlive: true, maxSockets: options.workers });
  const report: LoadReport = { records: [], readiness: [] };
  let stopped = false;
  const sending = () =>
    !stopped && (report.notReadyAt === undefined || Date.now() < report.notReadyAt + options.propagationMs);

  const send = (): Promise<LoadRecord> =>
    new Promise((resolve) => {
      const { headers, body } = options.build();
      const record: LoadRecord = { sentAt: Date.now(), connectionClose: false };
      const req = httpRequest(options.url, { method: "POST", agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          record.answeredAt = Date.now();
          record.status = res.statusCode;
          record.body = Buffer.concat(chunks).toString("utf8");
          record.connectionClose = res.headers.connection === "close";
          resolve(record);
        });
        res.on("error", (error) => resolve({ ...record, answeredAt: Date.now(), error: error.message }));
      });
      req.on("error", (error) =>
        resolve({ ...record, answeredAt: Date.now(), error: `${(error as NodeJS.ErrnoException).code}` }),
      );
      req.end(body);
    });

  const worker = async () => {
    while (sending()) report.records.push(await send());
  };

  const poll = async () => {
    while (sending() || report.notReadyAt === undefined) {
      if (stopped) return;
      const status = await readinessStatus(options.readyUrl);
      report.readiness.push({ at: Date.now(), status });
      if (status !== 200 && report.notReadyAt === undefined) report.notReadyAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const finished = Promise.all([poll(), ...Array.from({ length: options.workers }, worker)]).then(() => {
    agent.destroy();
    return report;
  });
  return {
    finished,
    stop: () => {
      stopped = true;
    },
  };
}

/** GET on a fresh connection (a probe holds no socket open): the status, or `error` when it cannot connect. */
function readinessStatus(url: string): Promise<number | "error"> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? "error"));
    });
    req.on("error", () => resolve("error"));
    req.end();
  });
}
