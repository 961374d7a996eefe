import type { GatewayErrorCode } from "../errors/gatewayErrorCodes";

/** What the supergraph watcher reports: a new supergraph serving, or one refused while the old one serves on. */
export type SupergraphEvent =
  | { kind: "reloaded"; path: string; hash: string; previousHash: string }
  | {
      kind: "rejected";
      code: Extract<GatewayErrorCode, "OFFA_GATEWAY_SUPERGRAPH_REJECTED">;
      path: string;
      /** SHA-256 of the refused text (absent when the file could not be read). */
      hash?: string;
      /** Why, in a sentence; the old supergraph still serves. */
      reason: string;
      servingHash: string;
    };

/** The default report: one JSON line per event on the process's output (errors on stderr). */
export function logSupergraphEvent(event: SupergraphEvent): void {
  if (event.kind === "reloaded") {
    console.log(
      JSON.stringify({ level: "info", message: "supergraph reloaded", path: event.path, hash: event.hash }),
    );
    return;
  }
  console.error(
    JSON.stringify({
      level: "error",
      code: event.code,
      message: `supergraph refused, the previous one keeps serving: ${event.reason}`,
      path: event.path,
      ...(event.hash ? { hash: event.hash } : {}),
      servingHash: event.servingHash,
    }),
  );
}
