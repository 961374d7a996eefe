import type { ProviderNamespaceName } from "./providerNamespaceName";
import type { Purpose } from "./purposes";
import type { Role } from "./roles";
import type { Scope } from "./scopes";

/**
 * Who is asking, as the gateway verified it: from the bearer token (subject, role, provider, namespaces) and the
 * request (purpose). The gateway forwards these claims, signed, to every subgraph it calls.
 */
export interface AccessClaims {
  /** The token's `sub`: who the caller is, as recorded in the audit log. */
  subject: string;
  role: Role;
  /** The scopes the role grants (never more than ROLES[role].scopes). */
  scopes: readonly Scope[];
  /** For PROVIDER_STAFF: the one provider whose learners they may see; null for every other role. */
  provider: ProviderNamespaceName | null;
  /** For MAPPING_ADMINISTRATOR: the provider namespaces whose rules they may change; empty otherwise. */
  namespaces: readonly ProviderNamespaceName[];
  /** The purpose declared for this request (mobility officers), or null. */
  purpose: Purpose | null;
}
