import type { DestinationStream } from "pino";

/** A reader of log lines, as written (one JSON object and a newline each). */
export type LogLineListener = (line: string) => void;

const listeners = new Set<LogLineListener>();
let captures = 0;

/**
 * Where every logger of this process writes: stdout, one JSON line per entry. It is process-wide like stdout
 * itself, so that a test can read what a stack it did not build logs (captureLogOutput) without the servers
 * taking a stream as a parameter through every layer.
 */
export const processLogOutput: DestinationStream = {
  write(line: string) {
    for (const listener of listeners) listener(line);
    if (captures === 0) process.stdout.write(line);
  },
};

/** Log lines captured since `captureLogOutput()`, parsed. */
export interface CapturedLogOutput {
  /** Every line written so far, parsed from JSON. */
  entries(): Record<string, unknown>[];
  /** Every line written so far, as written. */
  lines(): string[];
  /** Stops capturing; stdout gets the lines again once no capture is left. */
  stop(): void;
}

/**
 * Captures the process's log lines (tests): while a capture is active, lines go to it instead of stdout, so
 * a test's output stays readable.
 */
export function captureLogOutput(): CapturedLogOutput {
  const lines: string[] = [];
  const listener: LogLineListener = (line) => lines.push(line);
  listeners.add(listener);
  captures += 1;
  let stopped = false;
  return {
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    lines: () => [...lines],
    stop: () => {
      if (stopped) return;
      stopped = true;
      listeners.delete(listener);
      captures -= 1;
    },
  };
}
