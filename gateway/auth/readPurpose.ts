import { isPurpose, PURPOSES, type Purpose } from "../../schema/contract/access";
import { authenticationError } from "./authenticationError";

/** The request header in which a caller declares the purpose of this one request. */
export const PURPOSE_HEADER = "x-offa-purpose";

/**
 * The purpose declared in `x-offa-purpose`: null when absent or empty, one of PURPOSES otherwise; any other
 * value is a bad request (HTTP 400, OFFA_AUTH_PURPOSE_UNKNOWN), whatever the caller's role, so that a typo is
 * never silently read as "no purpose".
 */
export function readPurpose(header: string | undefined): Purpose | null {
  const value = header?.trim();
  if (!value) return null;
  if (isPurpose(value)) return value;
  throw authenticationError(
    "OFFA_AUTH_PURPOSE_UNKNOWN",
    `Unknown purpose in ${PURPOSE_HEADER}; declare one of: ${Object.keys(PURPOSES).join(", ")}.`,
    400,
  );
}
