import type { SubgraphErrorCode } from "./subgraphErrorCodes";

/** An error a subgraph process reports at start (configuration, database), carrying a registered code. */
export class KitError extends Error {
  constructor(
    readonly code: SubgraphErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "KitError";
  }
}
