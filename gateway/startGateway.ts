import {
  type DrainReport,
  IMMEDIATE_SHUTDOWN,
  ListenError,
  serveApolloHttp,
  type ServingApollo,
} from "../schema/contract/http";
import { createGatewayContext, supergraphProviderNames } from "./auth";
import type { GatewayConfig } from "./config";
import { createGateway } from "./createGateway";
import { GatewayError } from "./errors/GatewayError";
import { defaultServingConfig } from "./production";
import { subgraphReadiness } from "./subgraphReadiness";
import { createGatewayObservability, readGatewayObservabilitySettings } from "./observability";
import { supergraphSubgraphs } from "./supergraphSubgraphNames";
import { createSupergraphSource, type SupergraphEvent } from "./supergraph";
import { createDeveloperPages, createLandingPagePlugin } from "./playground";
import { createFiguresExportRoute, FIGURES_EXPORT_PATH } from "./figuresExport";

/** A listening gateway; `stop()` drains in-flight requests and may be called twice. */
export interface RunningGateway {
  url: string;
  /**
   * Drains as `config.shutdown` says (readiness 503, grace, no new connections, requests in flight finish;
   * absent: no grace), then stops the gateway. Resolves with what the drain did.
   */
  stop(): Promise<DrainReport>;
  /** Reads the supergraph file now and swaps it in when it changed and is accepted (what each poll does). */
  checkSupergraph(): Promise<void>;
}

/** What startGateway may be given beside the configuration. */
export interface StartGatewayOptions {
  /** Where supergraph reloads and refusals go; default one JSON line each on the process output. */
  onSupergraphEvent?: (event: SupergraphEvent) => void;
}

/**
 * Starts the gateway on its host (127.0.0.1 by default; port 0 picks a free port). It serves through the same
 * node:http front as the subgraphs: the body cap (GATEWAY_MAX_BODY_BYTES) is enforced before any JSON or
 * GraphQL parsing, and idle connections outlast the clients' own keep-alive.
 */
export async function startGateway(
  config: GatewayConfig,
  options: StartGatewayOptions = {},
): Promise<RunningGateway> {
  const supergraph = createSupergraphSource({
    path: config.supergraphPath,
    pollMs: config.supergraphPollMs,
    onEvent: options.onSupergraphEvent,
  });
  const observability = await createGatewayObservability(
    config.observability ?? readGatewayObservabilitySettings(),
    supergraphSubgraphs(config.supergraphPath).map(({ name }) => name),
  );
  const server = createGateway(config, {}, supergraph, observability.subgraphObserver);
  server.addPlugin(observability.plugin);
  const limits = config.limits ?? defaultServingConfig().limits;
  const gatewayContext = createGatewayContext(config.auth, supergraphProviderNames(config.supergraphPath));
  // The playground, the overview and, in development, a landing page of links instead of Apollo's CDN one.
  const mode = config.mode ?? defaultServingConfig().mode;
  if (mode !== "production") server.addPlugin(createLandingPagePlugin());
  const pages = createDeveloperPages({
    mode,
    auth: config.auth,
    providers: supergraphProviderNames(config.supergraphPath),
  });
  await server.start();
  let serving: ServingApollo;
  try {
    serving = await serveApolloHttp({
      server,
      host: config.host,
      port: config.port,
      listenSetting: "GATEWAY_HOST / GATEWAY_PORT",
      // The subgraphs of the supergraph serving now (a reload may change a composed URL).
      readiness: subgraphReadiness(() =>
        supergraph.current().subgraphs.map(({ name, url }) => ({
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
      routes: {
        ...pages,
        ...observability.routes,
        // The CSV export runs the figures query through this gateway's own endpoint, with the caller's token.
        [FIGURES_EXPORT_PATH]: createFiguresExportRoute(() => serving.url),
      },
      onUnexpectedError: (error) => observability.logger.error({ err: error }, "unexpected error"),
    });
    observability.attach(serving.httpServer);
  } catch (error) {
    await server.stop();
    await observability.stop();
    throw error instanceof ListenError
      ? new GatewayError("OFFA_GATEWAY_LISTEN_FAILED", error.message)
      : error;
  }
  let stopping: Promise<DrainReport> | undefined;
  return {
    url: serving.url,
    stop: () =>
      (stopping ??= (async () => {
        const report = await serving.close(config.shutdown ?? IMMEDIATE_SHUTDOWN);
        // Also stops the supergraph polling (the gateway's cleanup).
        await server.stop();
        await observability.stop();
        return report;
      })()),
    checkSupergraph: () => supergraph.check(),
  };
}
