import {
  type ObservabilitySettings,
  readObservabilitySettings,
} from "../../../schema/contract/observability";
import { SettingsReader } from "./SettingsReader";

/**
 * A subgraph's LOG_LEVEL, METRICS_ENABLED and OTEL_TRACES_EXPORTER (schema/contract/observability), every
 * problem rejected on `reader` so it is listed with the process's other settings.
 */
export function readSubgraphObservabilitySettings(
  reader: SettingsReader,
  env: NodeJS.ProcessEnv = process.env,
): ObservabilitySettings {
  const problems: string[] = [];
  const settings = readObservabilitySettings(env, problems);
  for (const problem of problems) reader.reject(problem);
  return settings;
}

/**
 * The same settings for a server started without them (`npm start` and the tests build their settings
 * themselves): read from the environment at start, OFFA_CONFIG_INVALID listing every problem.
 */
export function readObservabilitySettingsAtStart(
  env: NodeJS.ProcessEnv = process.env,
): ObservabilitySettings {
  const reader = new SettingsReader(env);
  const settings = readSubgraphObservabilitySettings(reader, env);
  reader.done();
  return settings;
}
