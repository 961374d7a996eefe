/** What the process does with its signals: how it drains, and where it says so. */
export interface StopOnSignalsOptions {
  /** Drains and closes everything the process started; resolves when it may exit. */
  stop(): Promise<void>;
  /** One line per step, for the process's log. */
  log(line: string): void;
  /** Default `process`; tests pass a stand-in. */
  target?: Pick<NodeJS.Process, "on" | "exit">;
}

/**
 * SIGTERM (the orchestrator) and SIGINT (Ctrl-C) stop the process gracefully: `stop()` drains (readiness 503,
 * grace, then in-flight requests finish) and the process exits 0, or 1 when stopping failed. A second signal
 * during the drain exits at once with code 1: the operator asked twice, and requests still in flight are cut.
 */
export function stopOnSignals(options: StopOnSignalsOptions): void {
  const target = options.target ?? process;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      options.log(`${signal} again during the drain: exiting now, requests still in flight are cut`);
      target.exit(1);
      return;
    }
    stopping = true;
    options.log(
      `${signal}: draining (readiness 503, then no new connections, then in-flight requests finish)`,
    );
    options.stop().then(
      () => {
        options.log("stopped");
        target.exit(0);
      },
      (error: Error) => {
        options.log(`stopping failed: ${error.message}`);
        target.exit(1);
      },
    );
  };
  target.on("SIGTERM", onSignal);
  target.on("SIGINT", onSignal);
}
