import { type ObservabilitySettings, readObservabilitySettings } from "../../schema/contract/observability";
import { GatewayError } from "../errors/GatewayError";

/**
 * The observability settings of a gateway whose config was built without them (`npm start` and the tests build
 * GatewayConfig themselves): read from the environment at start, OFFA_GATEWAY_CONFIG_INVALID listing every
 * problem. readGatewayConfig reads the same settings with the gateway's other ones.
 */
export function readGatewayObservabilitySettings(
  env: NodeJS.ProcessEnv = process.env,
): ObservabilitySettings {
  const problems: string[] = [];
  const settings = readObservabilitySettings(env, problems);
  if (problems.length > 0)
    throw new GatewayError(
      "OFFA_GATEWAY_CONFIG_INVALID",
      `Invalid configuration:\n- ${problems.join("\n- ")}`,
    );
  return settings;
}
