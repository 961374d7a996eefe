import type { IncomingMessage, ServerResponse } from "node:http";
import { isPurpose, isRole, PURPOSES, ROLES } from "../../schema/contract/access";
import { sendErrorResponse } from "../../schema/contract/http";
import { type AuthConfig, PURPOSE_HEADER, signDevelopmentToken } from "../auth";

/**
 * The claims beside the role that some roles need, as the README's roles table shows them: PROVIDER_STAFF of the
 * first provider, MAPPING_ADMINISTRATOR over the first provider's namespace (a modelling choice: one example each).
 */
function claimsOfRole(
  role: string,
  providers: readonly string[],
): { provider?: string; namespaces?: string[] } {
  if (role === "PROVIDER_STAFF") return { provider: providers[0] };
  if (role === "MAPPING_ADMINISTRATOR") return { namespaces: providers.slice(0, 1) };
  return {};
}

/**
 * GET `?role=ROLE[&purpose=PURPOSE]`: a development token of that role, signed with the development secret the
 * `npm run token` script uses, and the headers that act as it (`authorization`, and `x-offa-purpose` for a
 * mobility officer). Only ever mounted on a development gateway with the development secret (createDeveloperPages);
 * such a gateway already accepts anyone's tokens signed with that public secret, so minting one here reveals
 * nothing. No CORS header: another site's page cannot read the answer.
 */
export function createDevelopmentTokenRoute(auth: AuthConfig, providers: readonly string[]) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if ((req.method ?? "GET").toUpperCase() !== "GET")
      return sendErrorResponse(res, 405, "Use GET", undefined, { allow: "GET" });
    const search = new URL(req.url ?? "/", "http://server.invalid").searchParams;
    const role = search.get("role") ?? "";
    if (!isRole(role))
      return sendErrorResponse(
        res,
        400,
        `Unknown role ${JSON.stringify(role)}; use one of: ${Object.keys(ROLES).join(", ")}.`,
        "OFFA_AUTH_ROLE_UNKNOWN",
      );
    const purpose = search.get("purpose") || undefined;
    if (purpose !== undefined && !isPurpose(purpose))
      return sendErrorResponse(
        res,
        400,
        `Unknown purpose ${JSON.stringify(purpose)}; declare one of: ${Object.keys(PURPOSES).join(", ")}.`,
        "OFFA_AUTH_PURPOSE_UNKNOWN",
      );
    const token = await signDevelopmentToken({ role, ...claimsOfRole(role, providers) }, auth);
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    // Other roles' purposes are ignored by the gateway: only a mobility officer's is sent.
    if (role === "MOBILITY_OFFICER" && purpose) headers[PURPOSE_HEADER] = purpose;
    res.statusCode = 200;
    res.setHeader("content-type", "application/json; charset=utf-8");
    res.setHeader("cache-control", "no-store");
    res.end(JSON.stringify({ role, purpose: headers[PURPOSE_HEADER] ?? null, headers }));
  };
}
