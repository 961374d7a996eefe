import type { AccessClaims } from "../../schema/contract/access";

/** The GraphQL context of every request the gateway executes: who is asking, and which request this is. */
export interface GatewayContext {
  /** The verified caller; a request without valid claims never gets a context (it is answered 401 or 400). */
  claims: AccessClaims;
  /** From `x-request-id` when the client sent a sane one, else a random UUID: logs and audit records cite it. */
  requestId: string;
}
