import { readShutdownSettings, type ShutdownSettings } from "../../../schema/contract/http";
import type { SettingsReader } from "./SettingsReader";

/**
 * SHUTDOWN_GRACE_MS and SHUTDOWN_DRAIN_TIMEOUT_MS for a subgraph process, with the gateway's names and defaults
 * (schema/contract/http/ShutdownSettings.ts); problems go to the reader's one message.
 */
export function readShutdownSettingsFrom(reader: SettingsReader, env: NodeJS.ProcessEnv): ShutdownSettings {
  const problems: string[] = [];
  const settings = readShutdownSettings(env, problems);
  for (const problem of problems) reader.reject(problem);
  return settings;
}
