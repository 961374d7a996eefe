import { spawnEntry, type SpawnedProcess } from "../spawnProcess";

/** One server of the stack as its own OS process, which a fault test may kill and start again. */
export interface RestartableProcess {
  name: string;
  /** Where it answers (the same URL after a restart: the port is fixed before the first start). */
  url: string;
  current(): SpawnedProcess;
  /** Sends `signal` and resolves with the exit code (null when a signal ended it). */
  kill(signal: NodeJS.Signals): Promise<number | null>;
  /** Starts it again with the same settings; resolves once it prints its ready line. */
  restart(): Promise<void>;
  /** Every line it printed, across restarts. */
  output(): string;
  stop(): Promise<void>;
}

/** How long a process may take to print its ready line on a loaded two-core CI machine. */
const READY_TIMEOUT_MS = 60_000;

/**
 * Spawns `entry` (a main of this repo) with `env` and waits for a line matching `ready` (its first group is
 * the URL). The env must fix the port, so that `restart()` brings it back where the gateway expects it.
 */
export async function startRestartableProcess(
  name: string,
  entry: string,
  env: Record<string, string>,
  ready: RegExp,
): Promise<RestartableProcess> {
  const previousOutput: string[] = [];
  let running = spawnEntry(entry, env);
  // A test process that dies before its afterAll must not leave servers behind.
  const killOnExit = () => running.child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const [, url] = await running.waitFor(ready, READY_TIMEOUT_MS).catch((error: Error) => {
    running.child.kill("SIGKILL");
    process.removeListener("exit", killOnExit);
    throw error;
  });
  return {
    name,
    url,
    current: () => running,
    async kill(signal) {
      if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill(signal);
      return running.exited();
    },
    async restart() {
      previousOutput.push(running.output());
      running = spawnEntry(entry, env);
      await running.waitFor(ready, READY_TIMEOUT_MS);
    },
    output: () => [...previousOutput, running.output()].join("\n--- restarted ---\n"),
    async stop() {
      process.removeListener("exit", killOnExit);
      if (running.child.exitCode !== null || running.child.signalCode !== null) return;
      running.child.kill("SIGTERM");
      const exited = await Promise.race([
        running.exited().then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000).unref()),
      ]);
      if (!exited) {
        running.child.kill("SIGKILL");
        await running.exited();
      }
    },
  };
}
