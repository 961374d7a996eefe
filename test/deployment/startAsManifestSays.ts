import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HEALTH_PATHS } from "../../schema/contract/http";

/** What one process did from its start to its exit (recordProcessStart.js). */
export interface ProcessRecord {
  /** It answered its liveness path with 200 before it was told to stop. */
  ready: boolean;
  exitCode: number | null;
  /** Environment variables it read by name. */
  read: string[];
  /**
   * Where it read a variable that no code reads by name (null: nowhere): it copied its whole environment there, so
   * `read` holds every name and means nothing.
   */
  copiedAt: string | null;
  /** Every address it asked to listen on (the start-up probe of the address included). */
  listens: { port: number; host: string | null }[];
  output: string;
  /** HTTP status of each path asked while it served (the `paths` of startAsManifestSays), by path. */
  statuses: Record<string, number>;
}

/** A variable no code reads by name (recordProcessStart.js has the same name). */
const UNREAD_VARIABLE = "OFFA_TEST_NOBODY_READS_THIS";

/** Where the test's Redis answers (the machine's, as in the other Redis tests). */
const TEST_REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";

/** How long a process may take to answer its liveness path; the compiled code loads in about a second. */
const READY_TIMEOUT_MS = 60_000;

/** How long a drain may take here: the production grace (5 s) and the drain of no request in flight. */
const EXIT_TIMEOUT_MS = 30_000;

/**
 * A valid stand-in for a Secret key the operator creates, chosen by the variable it feeds: a database URL is the
 * test's own database, REDIS_URL the test machine's Redis, anything else a key (48 random characters, distinct
 * for each variable, since the pseudonym domains must not share one).
 */
export function secretPlaceholder(variable: string, databaseUrl: string): string {
  if (variable.endsWith("DATABASE_URL")) return databaseUrl;
  if (variable === "REDIS_URL") return TEST_REDIS_URL;
  return randomBytes(24).toString("hex");
}

/**
 * Runs `node <args>` in `appDir` with exactly `env` (nothing inherited: the manifest is the whole environment),
 * the recorder preloaded; waits until it answers its liveness path, sends SIGTERM as Kubernetes does, and returns
 * what it read, where it listened and how it exited.
 */
export async function startAsManifestSays(
  appDir: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  /** Paths to GET once it is live, before SIGTERM; their statuses land in `statuses`. */
  paths: readonly string[] = [],
): Promise<ProcessRecord> {
  const recordDir = mkdtempSync(join(tmpdir(), "offa-record-"));
  const recordFile = join(recordDir, "record.json");
  const child = spawn(process.execPath, ["-r", join(__dirname, "recordProcessStart.js"), ...args], {
    cwd: appDir,
    // The unread variable first: a copy of the environment reads it first (recordProcessStart.js).
    env: { [UNREAD_VARIABLE]: "1", ...env, OFFA_TEST_RECORD_FILE: recordFile },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  try {
    const livePort = await waitForLiveness(`${recordFile}.listening`, () => exitCode !== undefined);
    const ready = livePort !== undefined;
    const statuses: Record<string, number> = {};
    for (const path of ready ? paths : []) {
      statuses[path] = (await fetch(`http://127.0.0.1:${livePort}${path}`)).status;
    }
    if (exitCode === undefined) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), EXIT_TIMEOUT_MS);
    const code = await exited;
    clearTimeout(timer);
    const recorded = existsSync(recordFile)
      ? (JSON.parse(readFileSync(recordFile, "utf8")) as Pick<ProcessRecord, "read" | "listens" | "copiedAt">)
      : { read: [], listens: [], copiedAt: null };
    const read = recorded.read.filter((name) => name !== UNREAD_VARIABLE);
    return {
      ready,
      exitCode: code,
      read,
      copiedAt: recorded.copiedAt,
      listens: recorded.listens,
      output,
      statuses,
    };
  } finally {
    rmSync(recordDir, { recursive: true, force: true });
  }
}

/** Polls the ports the process listens on until one answers the liveness path with 200: that port (none: it exited). */
async function waitForLiveness(listeningFile: string, hasExited: () => boolean): Promise<number | undefined> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && !hasExited()) {
    const ports = readPorts(listeningFile);
    for (const port of ports) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}${HEALTH_PATHS.live}`);
        if (response.status === 200) return port;
      } catch {
        // Not serving yet (the start-up probe of the address binds and releases it).
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return undefined;
}

/** The ports in the recorder's file; none while it is absent or half written. */
function readPorts(listeningFile: string): number[] {
  try {
    return JSON.parse(readFileSync(listeningFile, "utf8")) as number[];
  } catch {
    return [];
  }
}
