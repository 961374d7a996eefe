/// <reference lib="dom" />
import type { Purpose } from "../../../schema/contract/access/purposes";
import type { Role } from "../../../schema/contract/access/roles";

/** Who the page's requests run as: a role and, for a mobility officer, the declared purpose. */
export interface ActingAs {
  role: Role;
  purpose?: Purpose;
}

/** Where the gateway mints development tokens (gateway/playground/createDevelopmentTokenRoute.ts). */
export const DEVELOPMENT_TOKEN_PATH = "/playground/token";

/**
 * The headers a request sends to act as `actingAs`: a development token minted by the gateway itself (development
 * only; the gateway answers 404 in production or with a JWKS, and the error says so).
 */
export async function headersActingAs(actingAs: ActingAs): Promise<Record<string, string>> {
  const search = new URLSearchParams({ role: actingAs.role });
  if (actingAs.purpose) search.set("purpose", actingAs.purpose);
  const response = await fetch(`${DEVELOPMENT_TOKEN_PATH}?${search}`, {
    headers: { accept: "application/json" },
  });
  const body = (await response.json().catch(() => ({}))) as {
    headers?: Record<string, string>;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (!response.ok || !body.headers) {
    const error = body.errors?.[0];
    throw new Error(
      `No development token for ${actingAs.role} (HTTP ${response.status}${error?.extensions?.code ? ` ${error.extensions.code}` : ""}): ${error?.message ?? "no answer"}`,
    );
  }
  return body.headers;
}
