/** Authentication at the gateway: bearer JWTs verified with jose, turned into AccessClaims for each request. */
export type { AuthConfig, AuthKeys } from "./AuthConfig";
export { AUTH_DEFAULTS, DEV_AUTH_SECRET, developmentAuthConfig } from "./authDefaults";
export { readAuthConfig } from "./readAuthConfig";
export { ALLOWED_ALGORITHMS, createTokenVerifier, type TokenVerifier } from "./createTokenVerifier";
export { claimsFromPayload, type ClaimsContext } from "./claimsFromPayload";
export { createAuthenticator, type AuthenticationHeaders, type Authenticator } from "./createAuthenticator";
export { createGatewayContext } from "./createGatewayContext";
export type { GatewayContext } from "./GatewayContext";
export { PURPOSE_HEADER } from "./readPurpose";
export { REQUEST_ID_HEADER } from "./readRequestId";
export { signDevelopmentToken, type DevelopmentTokenOptions } from "./signDevelopmentToken";
export { supergraphProviderNames } from "./supergraphProviderNames";
export { TOKEN_CLAIMS } from "./TOKEN_CLAIMS";
