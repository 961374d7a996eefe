import { readFileSync } from "node:fs";
import { GatewayError } from "../errors/GatewayError";

/** The supergraph file's text; OFFA_GATEWAY_SUPERGRAPH_UNREADABLE when it cannot be read. */
export function readSupergraphFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new GatewayError(
      "OFFA_GATEWAY_SUPERGRAPH_UNREADABLE",
      `Cannot read the supergraph at ${path}: ${(error as Error).message}. Run npm run compose or fix SUPERGRAPH_PATH.`,
    );
  }
}
