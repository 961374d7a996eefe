import { readFileSync } from "node:fs";
import { gatewayErrorCodes } from "../errors/gatewayErrorCodes";

/**
 * Apollo Server's standard codes a client may see (INTERNAL_SERVER_ERROR is not one: it is what masking
 * sends), with the two its documentation adds for authentication.
 */
export const APOLLO_CLIENT_CODES = [
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
] as const;

/**
 * Every code an error may keep in production: the gateway's registry, Apollo's client codes, and the
 * subgraphs' registry as published in the generated error page (schema/errors.md, kept in step with
 * subgraphs/kit/errors by a test). The gateway reads that page rather than the subgraph kit because it never
 * imports subgraph code. An unreadable page leaves the subgraph codes out, so their errors are masked: safe.
 */
export function readRegisteredErrorCodes(errorPagePath: string): ReadonlySet<string> {
  const codes = new Set<string>([...Object.keys(gatewayErrorCodes), ...APOLLO_CLIENT_CODES]);
  let page: string;
  try {
    page = readFileSync(errorPagePath, "utf8");
  } catch {
    return codes;
  }
  for (const match of page.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)) codes.add(match[1]);
  codes.delete("INTERNAL_SERVER_ERROR");
  return codes;
}
