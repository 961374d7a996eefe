import { type AccessClaims, isPurpose, isRole, ROLES, type Scope } from "../access";

const CLAIM_KEYS = ["subject", "role", "scopes", "provider", "namespaces", "purpose"] as const;
const NAMESPACE = /^[a-z][a-z0-9]{0,31}$/;

/** AccessClaims as the `x-offa-claims` header carries them: base64url of their JSON. */
export function encodeClaimsHeader(claims: AccessClaims): string {
  const plain: AccessClaims = {
    subject: claims.subject,
    role: claims.role,
    scopes: [...claims.scopes],
    provider: claims.provider,
    namespaces: [...claims.namespaces],
    purpose: claims.purpose,
  };
  return Buffer.from(JSON.stringify(plain), "utf8").toString("base64url");
}

/**
 * Reads an `x-offa-claims` value back into AccessClaims, or undefined when it is not exactly that: not
 * base64url JSON, a missing or unknown field, an unknown role, scope or purpose, a scope the role does not
 * grant, a malformed provider namespace. A subgraph refuses the request then, even when the signature is good:
 * it never guesses what a caller may see.
 */
export function decodeClaimsHeader(value: string): AccessClaims | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
  const record = parsed as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length !== CLAIM_KEYS.length || !CLAIM_KEYS.every((key) => keys.includes(key))) return undefined;
  const { subject, role, scopes, provider, namespaces, purpose } = record;
  if (typeof subject !== "string" || subject.length === 0) return undefined;
  if (!isRole(role)) return undefined;
  const granted: readonly string[] = ROLES[role].scopes;
  if (
    !Array.isArray(scopes) ||
    !scopes.every((scope) => typeof scope === "string" && granted.includes(scope))
  )
    return undefined;
  if (provider !== null && !(typeof provider === "string" && NAMESPACE.test(provider))) return undefined;
  if (!Array.isArray(namespaces) || !namespaces.every((ns) => typeof ns === "string" && NAMESPACE.test(ns)))
    return undefined;
  if (purpose !== null && !isPurpose(purpose)) return undefined;
  return {
    subject,
    role,
    scopes: scopes as Scope[],
    provider: provider as string | null,
    namespaces: namespaces as string[],
    purpose,
  };
}
