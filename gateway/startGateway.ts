import { ListenError, serveApolloHttp, type ServingApollo } from "../schema/contract/http";
import { createGatewayContext, supergraphProviderNames } from "./auth";
import type { GatewayConfig } from "./config";
import { createGateway } from "./createGateway";
import { GatewayError } from "./errors/GatewayError";
import { defaultServingConfig } from "./production";
import { subgraphReadiness } from "./subgraphReadiness";
import { supergraphSubgraphs } from "./supergraphSubgraphNames";

/** A listening gateway; `stop()` drains in-flight requests and may be called twice. */
export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the gateway on its host (127.0.0.1 by default; port 0 picks a free port). It serves through the same
 * node:http front as the subgraphs: the body cap (GATEWAY_MAX_BODY_BYTES) is enforced before any JSON or
 * GraphQL parsing, and idle connections outlast the clients' own keep-alive.
 */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const server = createGateway(config);
  const limits = config.limits ?? defaultServingConfig().limits;
  const gatewayContext = createGatewayContext(config.auth, supergraphProviderNames(config.supergraphPath));
  await server.start();
  let serving: ServingApollo;
  try {
    serving = await serveApolloHttp({
      server,
      host: config.host,
      port: config.port,
      listenSetting: "GATEWAY_HOST / GATEWAY_PORT",
      readiness: subgraphReadiness(
        supergraphSubgraphs(config.supergraphPath).map(({ name, url }) => ({
          name,
          url: config.subgraphUrls[name] ?? url,
        })),
      ),
      // 0 turns the limit off (readLimitsConfig); a cap stays, so that no body is read without bound.
      maxBodyBytes: limits.maxBodyBytes > 0 ? limits.maxBodyBytes : 50 * 1024 * 1024,
      tooLarge: {
        message: `The request body is larger than ${limits.maxBodyBytes} bytes; nothing of it was parsed.`,
        code: "OFFA_GATEWAY_LIMIT_BODY_SIZE",
      },
      prepare: async (req) => ({
        // Authentication runs inside Apollo Server's context step, which answers its errors with their status.
        context: async () => ({
          ...(await gatewayContext({ req })),
          clientAddress: req.socket.remoteAddress,
        }),
      }),
      onUnexpectedError: (error) =>
        console.error(JSON.stringify({ level: "error", message: error.message, stack: error.stack })),
    });
  } catch (error) {
    await server.stop();
    throw error instanceof ListenError
      ? new GatewayError("OFFA_GATEWAY_LISTEN_FAILED", error.message)
      : error;
  }
  let stopping: Promise<void> | undefined;
  return {
    url: serving.url,
    stop: () =>
      (stopping ??= (async () => {
        await serving.close();
        await server.stop();
      })()),
  };
}
