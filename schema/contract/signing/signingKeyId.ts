import { createHash } from "node:crypto";

/**
 * A key's public id, sent in `x-offa-key-id` so a subgraph knows which of its keys to verify with. Derived
 * from the key (a hash prefix), so no id has to be configured; keys are long and random, so the prefix tells
 * nothing about them.
 */
export function signingKeyId(key: string): string {
  return createHash("sha256").update(`offa-signing-key-id\n${key}`).digest("hex").slice(0, 16);
}
