import { type ChildProcess, spawn } from "node:child_process";
import { findFreePort } from "./findFreePort";

/** A redis-server of the test's own, on a free loopback port, which the test may stop and start again. */
export interface OwnRedis {
  url: string;
  /** Stops this server (SIGTERM to its own pid; the shared Redis on 6379 is never touched). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

/** How long redis-server may take to accept connections. */
const READY_TIMEOUT_MS = 10_000;

/**
 * Starts `redis-server` on a free port, without persistence. The fault tests stop it under load, which they
 * must never do to the machine's shared Redis.
 */
export async function startRedisServer(): Promise<OwnRedis> {
  const port = await findFreePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const started = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    child = started;
    let output = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`redis-server did not start:\n${output}`)),
        READY_TIMEOUT_MS,
      );
      started.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Ready to accept connections")) {
          clearTimeout(timer);
          resolve();
        }
      });
      started.once("exit", () => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited:\n${output}`));
      });
    });
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
    running.kill("SIGTERM");
    await exited;
  };
  // A test process that dies before its afterAll must not leave its redis-server behind.
  const killOnExit = () => child?.kill("SIGKILL");
  process.once("exit", killOnExit);
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop: async () => {
      await stop();
      process.removeListener("exit", killOnExit);
    },
  };
}
