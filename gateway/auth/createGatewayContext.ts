import type { IncomingMessage } from "node:http";
import type { AuthConfig } from "./AuthConfig";
import { createAuthenticator } from "./createAuthenticator";
import type { GatewayContext } from "./GatewayContext";
import { PURPOSE_HEADER } from "./readPurpose";
import { readRequestId, REQUEST_ID_HEADER } from "./readRequestId";

/**
 * The `context` function of the gateway's HTTP server: authenticates each request and names it. Apollo Server
 * answers an error thrown here with its `extensions.http` status and headers, before any parsing or planning.
 */
export function createGatewayContext(
  auth: AuthConfig,
  providers: readonly string[],
): (request: { req: IncomingMessage }) => Promise<GatewayContext> {
  const authenticate = createAuthenticator(auth, providers);
  return async ({ req }) => {
    const requestId = readRequestId(header(req, REQUEST_ID_HEADER));
    const claims = await authenticate({
      authorization: header(req, "authorization"),
      purpose: header(req, PURPOSE_HEADER),
    });
    return { claims, requestId };
  };
}

/** One header's value; a header sent twice is read as Node joins it, which no check below accepts. */
function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}
