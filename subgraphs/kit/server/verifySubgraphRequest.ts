import type { IncomingMessage } from "node:http";
import { verifyRequest } from "../../../schema/contract/signing";
import type { SubgraphErrorCode } from "../errors/subgraphErrorCodes";
import type { NonceStore } from "./NonceStore";
import { refusalCode } from "./refusalCodes";
import type { RequestVerificationSettings } from "./RequestVerificationSettings";
import type { SubgraphRequest } from "./SubgraphRequest";
import { randomUUID } from "node:crypto";

/** A request the subgraph will execute, or the code and HTTP status it is refused with. */
export type SubgraphRequestVerdict =
  { ok: true; request: SubgraphRequest } | { ok: false; code: SubgraphErrorCode; status: 401 | 503 };

/**
 * Checks that a request comes from the gateway (signature, body, freshness, claims) and was not seen before,
 * recording its nonce. Nothing is executed for a refused request.
 */
export async function verifySubgraphRequest(
  req: IncomingMessage,
  body: Buffer,
  audience: string,
  settings: RequestVerificationSettings,
  nonces: NonceStore,
): Promise<SubgraphRequestVerdict> {
  const verified = verifyRequest(
    { method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers, body },
    settings.keys,
    { audience, windowMs: settings.windowMs },
  );
  if (!verified.ok) return { ok: false, code: refusalCode(verified.reason), status: 401 };
  let fresh: boolean;
  try {
    fresh = await nonces.claim(verified.nonce, verified.nonceExpiresAt);
  } catch {
    // Without the store a replay cannot be told apart: refuse rather than accept.
    return { ok: false, code: "OFFA_SIGNATURE_NONCE_STORE_UNAVAILABLE", status: 503 };
  }
  if (!fresh) return { ok: false, code: refusalCode("REPLAYED"), status: 401 };
  return { ok: true, request: { claims: verified.claims, requestId: verified.requestId ?? randomUUID() } };
}
