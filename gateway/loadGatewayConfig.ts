import { probeListenAddresses } from "../schema/contract/http";
import { readGatewayConfig, type GatewayConfig } from "./config";
import { GatewayError } from "./errors/GatewayError";

/**
 * The gateway's configuration for its own process: readGatewayConfig, plus a check that its address can be
 * bound (the port is free, GATEWAY_HOST is an address of this machine) before anything slow starts, all
 * problems in one message: OFFA_GATEWAY_LISTEN_FAILED when the address is the only problem, else the code
 * readGatewayConfig gives (OFFA_GATEWAY_CONFIG_INVALID…) with the address problems listed too.
 */
export async function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): Promise<GatewayConfig> {
  let config: GatewayConfig | undefined;
  let refused: GatewayError | undefined;
  try {
    config = readGatewayConfig(env);
  } catch (error) {
    if (!(error instanceof GatewayError)) throw error;
    refused = error;
  }
  // Read again as readGatewayConfig does, so the address is checked even when another setting is refused.
  const host = env.GATEWAY_HOST || config?.host || "127.0.0.1";
  const port = Number(env.GATEWAY_PORT || "4000");
  const checkable = /^[A-Za-z0-9.:[\]-]+$/.test(host) && Number.isInteger(port) && port >= 0 && port <= 65535;
  const listenProblems = checkable
    ? await probeListenAddresses([{ host, port, hostSetting: "GATEWAY_HOST", portSetting: "GATEWAY_PORT" }])
    : [];
  if (refused) {
    if (listenProblems.length === 0) throw refused;
    throw new GatewayError(refused.code, `${refused.message}\n- ${listenProblems.join("\n- ")}`);
  }
  if (listenProblems.length > 0) {
    throw new GatewayError(
      "OFFA_GATEWAY_LISTEN_FAILED",
      `Invalid configuration:\n- ${listenProblems.join("\n- ")}`,
    );
  }
  return config!;
}
