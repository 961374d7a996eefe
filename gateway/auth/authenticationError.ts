import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { GatewayErrorCode } from "../errors/gatewayErrorCodes";

/** The HTTP statuses an authentication failure answers with. */
export type AuthenticationStatus = 400 | 401 | 503;

/**
 * A failed authentication as Apollo Server sends it when the context function throws it: `extensions.code` is the
 * registered code, `extensions.http` sets the status and, on a 401, the `WWW-Authenticate: Bearer` challenge of
 * RFC 6750 §3 (no `error` attribute when no token was sent, `invalid_token` otherwise).
 */
export function authenticationError(
  code: GatewayErrorCode,
  message: string,
  status: AuthenticationStatus = 401,
): GraphQLError {
  const headers = new HeaderMap();
  if (status === 401) {
    const error = code === "OFFA_AUTH_TOKEN_MISSING" ? "" : `, error="invalid_token"`;
    headers.set("www-authenticate", `Bearer realm="offa"${error}`);
  }
  return new GraphQLError(message, { extensions: { code, http: { status, headers } } });
}
