/** Runs the gateway as its own process: routes to the subgraph URLs of the supergraph (or the overrides). */
import { readGatewayConfig } from "./config";
import { GatewayError } from "./errors/GatewayError";
import { startGateway } from "./startGateway";

async function main(): Promise<void> {
  try {
    const gateway = await startGateway(readGatewayConfig());
    console.log(`OFFA gateway ready at ${gateway.url}`);
    const shutdown = async () => {
      await gateway.stop();
      process.exit(0);
    };
    process.once("SIGTERM", shutdown);
    process.once("SIGINT", shutdown);
  } catch (error) {
    const prefix = error instanceof GatewayError ? `[${error.code}] ` : "";
    console.error(`OFFA gateway failed to start: ${prefix}${(error as Error).message}`);
    process.exit(1);
  }
}

void main();
