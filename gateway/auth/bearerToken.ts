import { authenticationError } from "./authenticationError";

/** A compact JWS: three base64url parts (RFC 7515 §7.1). */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

/**
 * The token of an `Authorization: Bearer <token>` header (RFC 6750 §2.1). No header, or another scheme, is a
 * missing token (OFFA_AUTH_TOKEN_MISSING); a bearer value that is no compact JWS is OFFA_AUTH_TOKEN_INVALID.
 */
export function bearerToken(authorization: string | undefined): string {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) {
    throw authenticationError(
      "OFFA_AUTH_TOKEN_MISSING",
      "This gateway needs a bearer token: send `Authorization: Bearer <token>` (npm run -s token -- ROLE prints one in development).",
    );
  }
  if (!COMPACT_JWS.test(match[1]))
    throw authenticationError("OFFA_AUTH_TOKEN_INVALID", "The bearer token is not a signed JWT.");
  return match[1];
}
