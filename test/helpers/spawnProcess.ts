import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

/** A child process of the repo's own entry points, with its output collected. */
export interface SpawnedProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the first output line matching `pattern`, or rejects when the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code. */
  exited(): Promise<number | null>;
}

/** Runs `node -r @swc-node/register <entry>` from the repo root with extra environment variables. */
export function spawnEntry(entry: string, env: Record<string, string>, args: string[] = []): SpawnedProcess {
  const child = spawn(process.execPath, ["-r", "@swc-node/register", entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exit = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  return {
    child,
    output: () => output,
    exited: () => exit,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise((done, fail) => {
        const check = () => {
          const match = pattern.exec(output);
          if (match) {
            listeners.delete(check);
            clearTimeout(timer);
            done(match);
          }
        };
        const timer = setTimeout(
          () => fail(new Error(`timed out waiting for ${pattern}:\n${output}`)),
          timeoutMs,
        );
        listeners.add(check);
        void exit.then(() => {
          clearTimeout(timer);
          if (!pattern.test(output)) fail(new Error(`exited before ${pattern}:\n${output}`));
        });
        check();
      }),
  };
}
