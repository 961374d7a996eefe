import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** The persisted operations a safelisted gateway runs: SHA-256 (hex) of the document → the document. */
export type Safelist = ReadonlyMap<string, string>;

/** The hash a client names an operation by: Apollo's automatic persisted queries use the same one. */
export function operationHash(document: string): string {
  return createHash("sha256").update(document).digest("hex");
}

/**
 * Reads a safelist file: a JSON object of `"<sha256 hex of the document>": "<document>"`. Every entry whose
 * hash is not its document's is listed in `problems` (a typo would silently refuse that operation).
 */
export function loadSafelist(path: string, problems: string[]): Safelist {
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    problems.push(`GATEWAY_SAFELIST_PATH=${path} cannot be read as JSON: ${(error as Error).message}`);
    return new Map();
  }
  if (typeof entries !== "object" || entries === null || Array.isArray(entries)) {
    problems.push(`GATEWAY_SAFELIST_PATH=${path} must hold a JSON object of sha256 hash → document`);
    return new Map();
  }
  const safelist = new Map<string, string>();
  for (const [hash, document] of Object.entries(entries)) {
    if (typeof document !== "string" || operationHash(document) !== hash.toLowerCase()) {
      problems.push(`GATEWAY_SAFELIST_PATH=${path}: entry ${hash} is not the SHA-256 of its document`);
      continue;
    }
    safelist.set(hash.toLowerCase(), document);
  }
  return safelist;
}
