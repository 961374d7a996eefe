/** Runs the gateway as its own process: routes to the subgraph URLs of the supergraph (or the overrides). */
import { stopOnSignals } from "../schema/contract/http";
import { GatewayError } from "./errors/GatewayError";
import { loadGatewayConfig } from "./loadGatewayConfig";
import { startGateway } from "./startGateway";

async function main(): Promise<void> {
  try {
    // Every setting and the listen address checked before the gateway is built: one message for all problems.
    const config = await loadGatewayConfig();
    const gateway = await startGateway(config);
    console.log(`OFFA gateway ready at ${gateway.url}`);
    // SIGTERM/SIGINT: readiness 503, SHUTDOWN_GRACE_MS, no new connections, in-flight requests finish, exit 0.
    stopOnSignals({
      stop: async () => {
        const report = await gateway.stop();
        console.log(
          `OFFA gateway drained: ${report.answeredWhileDraining} requests answered while draining, ${report.cut} cut`,
        );
      },
      log: (line) => console.log(`OFFA gateway: ${line}`),
    });
  } catch (error) {
    const prefix = error instanceof GatewayError ? `[${error.code}] ` : "";
    console.error(`OFFA gateway failed to start: ${prefix}${(error as Error).message}`);
    process.exit(1);
  }
}

void main();
