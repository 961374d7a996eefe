import { type Logger, pino } from "pino";
import type { LogLevel } from "./ObservabilitySettings";
import { processLogOutput } from "./logOutput";
import { scrubLogLine } from "./scrubLogLine";

export type { Logger } from "pino";

/**
 * Fields no log entry may carry, whatever a caller passes by mistake: pino replaces them with
 * `[redacted]` (the HTTP authorization header, tokens, GraphQL variables, names and national numbers).
 */
const REDACTED_PATHS = [
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "token",
  "*.token",
  "variables",
  "*.variables",
  "nationalNumber",
  "*.nationalNumber",
  "firstName",
  "lastName",
  "fullName",
  "*.firstName",
  "*.lastName",
  "*.fullName",
];

/** Options of createLogger. */
export interface LoggerOptions {
  /** LOG_LEVEL. */
  level: LogLevel;
  /** Who writes: `gateway` or the subgraph's name, on every line as `service`. */
  service: string;
  /** Where lines go; default the process's output (stdout, readable by captureLogOutput). */
  destination?: { write(line: string): void };
}

/**
 * A pino logger writing one JSON object per line: `level` as a word, `time` in ISO 8601, `service`, and the
 * entry's fields. Every line passes through scrubLogLine before it is written.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      hooks: { streamWrite: scrubLogLine },
    },
    options.destination ?? processLogOutput,
  );
}
