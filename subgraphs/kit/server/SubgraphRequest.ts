import type { AccessClaims } from "../../../schema/contract/access";

/**
 * What the kit learned about a request before Apollo Server saw it: the caller's claims as the gateway signed
 * them (null when the gateway forwarded none) and the request id. Every subgraph context carries it as
 * `request`, and `createContext` receives it.
 */
export interface SubgraphRequest {
  claims: AccessClaims | null;
  /** The gateway's `x-request-id`, or a fresh UUID when it sent none. */
  requestId: string;
}
