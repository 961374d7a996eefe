import { startStandaloneServer } from "@apollo/server/standalone";
import { createGatewayContext, supergraphProviderNames } from "./auth";
import type { GatewayConfig } from "./config";
import { createGateway } from "./createGateway";

/** A listening gateway; `stop()` drains in-flight requests and may be called twice. */
export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

/** Starts the gateway on 127.0.0.1 (port 0 picks a free port). */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const server = createGateway(config);
  const { url } = await startStandaloneServer(server, {
    listen: { host: config.host, port: config.port },
    context: createGatewayContext(config.auth, supergraphProviderNames(config.supergraphPath)),
  });
  let stopping: Promise<void> | undefined;
  return { url, stop: () => (stopping ??= server.stop()) };
}
