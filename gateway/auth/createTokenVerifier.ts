import { readFileSync } from "node:fs";
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type JSONWebKeySet,
  type JWTPayload,
  jwtVerify,
  type JWTVerifyGetKey,
} from "jose";
import { GatewayError } from "../errors/GatewayError";
import type { AuthConfig, AuthKeys } from "./AuthConfig";
import { authenticationError } from "./authenticationError";

/** Checks a compact JWT and returns its payload, or throws an authenticationError with a registered code. */
export type TokenVerifier = (token: string) => Promise<JWTPayload>;

/**
 * The algorithms accepted for each kind of key. A JWKS takes asymmetric algorithms only, so a token signed with
 * HS256 using a public key as the secret (algorithm confusion) is refused before any key is chosen; the
 * development secret takes HS256 only. `none` is never accepted (jose has no unsecured verification here).
 */
export const ALLOWED_ALGORITHMS = {
  jwks: ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA", "Ed25519"],
  devSecret: ["HS256"],
} as const;

/**
 * Builds the verifier for the configured keys: a JWKS file is read and checked now (a missing, unparsable or
 * private-key file stops the start with OFFA_GATEWAY_AUTH_JWKS_UNREADABLE); a JWKS URL is fetched on first use
 * and cached by jose. Every token must carry the configured `iss` and `aud`, an `exp` and a `sub`.
 */
export function createTokenVerifier(auth: AuthConfig): TokenVerifier {
  const algorithms = [
    ...(auth.keys.kind === "devSecret" ? ALLOWED_ALGORITHMS.devSecret : ALLOWED_ALGORITHMS.jwks),
  ];
  const options = {
    issuer: auth.issuer,
    audience: auth.audience,
    algorithms,
    clockTolerance: auth.clockToleranceSeconds,
    requiredClaims: ["exp", "sub"],
  };
  const keys = auth.keys;
  let verify: (token: string) => Promise<{ payload: JWTPayload }>;
  if (keys.kind === "devSecret") {
    const secret = new TextEncoder().encode(keys.secret);
    verify = (token) => jwtVerify(token, secret, options);
  } else {
    const getKey = keySet(keys);
    verify = (token) => jwtVerify(token, getKey, options);
  }
  return async (token) => {
    try {
      return (await verify(token)).payload;
    } catch (error) {
      throw failureOf(error, auth);
    }
  };
}

function keySet(keys: Exclude<AuthKeys, { kind: "devSecret" }>): JWTVerifyGetKey {
  if (keys.kind === "jwksUrl") return createRemoteJWKSet(new URL(keys.url));
  let jwks: JSONWebKeySet;
  try {
    jwks = JSON.parse(readFileSync(keys.path, "utf8")) as JSONWebKeySet;
  } catch (error) {
    throw jwksUnreadable(keys.path, (error as Error).message);
  }
  if (!Array.isArray(jwks?.keys) || jwks.keys.length === 0)
    throw jwksUnreadable(keys.path, "no `keys` array");
  // A private member in the gateway's key file means a signing key was copied where only verifying keys belong.
  if (jwks.keys.some((key) => "d" in key || key.kty === "oct"))
    throw jwksUnreadable(keys.path, "it holds a private or symmetric key; publish public keys only");
  try {
    return createLocalJWKSet(jwks);
  } catch (error) {
    throw jwksUnreadable(keys.path, (error as Error).message);
  }
}

function jwksUnreadable(path: string, reason: string): GatewayError {
  return new GatewayError(
    "OFFA_GATEWAY_AUTH_JWKS_UNREADABLE",
    `Cannot use the JWKS at OFFA_AUTH_JWKS_FILE=${path}: ${reason}.`,
  );
}

/** The jose failure as the caller sees it: a registered code, never jose's own message about keys. */
function failureOf(error: unknown, auth: AuthConfig) {
  const code = (error as { code?: unknown }).code;
  const claim = (error as { claim?: unknown }).claim;
  switch (code) {
    case "ERR_JWT_EXPIRED":
      return authenticationError("OFFA_AUTH_TOKEN_EXPIRED", "The bearer token has expired: get a new one.");
    case "ERR_JWT_CLAIM_VALIDATION_FAILED":
      if (claim === "iss")
        return authenticationError(
          "OFFA_AUTH_TOKEN_WRONG_ISSUER",
          `The bearer token was not issued by ${auth.issuer}, the issuer this gateway trusts.`,
        );
      if (claim === "aud")
        return authenticationError(
          "OFFA_AUTH_TOKEN_WRONG_AUDIENCE",
          `The bearer token is not meant for this gateway (audience ${auth.audience}).`,
        );
      return authenticationError(
        "OFFA_AUTH_TOKEN_INVALID",
        `The bearer token's claims are not valid (${String(claim)}).`,
      );
    case "ERR_JWS_INVALID":
    case "ERR_JWT_INVALID":
    case "ERR_JWS_SIGNATURE_VERIFICATION_FAILED":
    case "ERR_JOSE_ALG_NOT_ALLOWED":
    case "ERR_JOSE_NOT_SUPPORTED":
    case "ERR_JWKS_NO_MATCHING_KEY":
    case "ERR_JWKS_MULTIPLE_MATCHING_KEYS":
    case "ERR_JWK_INVALID":
      return authenticationError(
        "OFFA_AUTH_TOKEN_INVALID",
        "The bearer token is malformed, signed with an algorithm or key this gateway does not accept, or tampered with.",
      );
    default:
      // Anything else is the key set failing us (a JWKS endpoint down, slow or answering garbage), not the caller.
      return authenticationError(
        "OFFA_AUTH_KEYS_UNAVAILABLE",
        "The gateway cannot reach the keys that verify bearer tokens; try again later.",
        503,
      );
  }
}
