import type { GatewayErrorCode } from "./gatewayErrorCodes";

/** An error the gateway reports at start, carrying a registered code. */
export class GatewayError extends Error {
  constructor(
    readonly code: GatewayErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "GatewayError";
  }
}
