import type { SignatureRefusal } from "../../../schema/contract/signing";
import type { SubgraphErrorCode } from "../errors/subgraphErrorCodes";

/** The registered code a subgraph answers for each reason it refuses a request (all HTTP 401). */
export function refusalCode(reason: SignatureRefusal): SubgraphErrorCode {
  switch (reason) {
    case "MISSING":
      return "OFFA_SIGNATURE_MISSING";
    case "MALFORMED":
      return "OFFA_SIGNATURE_MALFORMED";
    case "WRONG_AUDIENCE":
      return "OFFA_SIGNATURE_WRONG_SUBGRAPH";
    case "UNKNOWN_KEY":
      return "OFFA_SIGNATURE_KEY_UNKNOWN";
    case "BODY_MISMATCH":
      return "OFFA_SIGNATURE_BODY_MISMATCH";
    case "BAD_SIGNATURE":
      return "OFFA_SIGNATURE_INVALID";
    case "STALE":
      return "OFFA_SIGNATURE_STALE";
    case "BAD_CLAIMS":
      return "OFFA_SIGNATURE_CLAIMS_INVALID";
    case "REPLAYED":
      return "OFFA_SIGNATURE_REPLAYED";
    default:
      return unreachable(reason);
  }
}

function unreachable(value: never): never {
  throw new Error(`Unhandled signature refusal: ${String(value)}`);
}
