import type { AccessClaims } from "../../schema/contract/access";
import type { AuthConfig } from "./AuthConfig";
import { bearerToken } from "./bearerToken";
import { claimsFromPayload } from "./claimsFromPayload";
import { createTokenVerifier } from "./createTokenVerifier";
import { readPurpose } from "./readPurpose";

/** The two request headers authentication reads. */
export interface AuthenticationHeaders {
  /** `Authorization`. */
  authorization: string | undefined;
  /** `x-offa-purpose`. */
  purpose: string | undefined;
}

/** Verifies one request's caller; throws an authenticationError (401, 400 or 503) when it cannot. */
export type Authenticator = (headers: AuthenticationHeaders) => Promise<AccessClaims>;

/**
 * Builds the authenticator for a gateway: the bearer token is verified (signature, algorithm, issuer, audience,
 * expiry), its claims checked against the mode and the supergraph's providers, and the declared purpose read.
 * The token is checked first, so an anonymous caller learns nothing about purposes.
 */
export function createAuthenticator(auth: AuthConfig, providers: readonly string[]): Authenticator {
  const verify = createTokenVerifier(auth);
  return async (headers) => {
    const payload = await verify(bearerToken(headers.authorization));
    const purpose = readPurpose(headers.purpose);
    return claimsFromPayload(payload, { production: auth.production, providers }, purpose);
  };
}
