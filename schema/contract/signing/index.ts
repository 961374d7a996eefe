export { canonicalRequest, SIGNING_VERSION, type SignedParts } from "./canonicalRequest";
export { decodeClaimsHeader, encodeClaimsHeader } from "./claimsHeader";
export { DEVELOPMENT_SIGNING_KEY } from "./developmentSigningKey";
export { constantTimeEqual, hmacSha256, sha256Hex } from "./hmac";
export type { SignatureRefusal } from "./SignatureRefusal";
export { SIGNING_HEADERS } from "./signingHeaders";
export { signingKeyId } from "./signingKeyId";
export { MIN_SIGNING_KEY_LENGTH, signingKeyProblem } from "./signingKeyProblem";
export type { SigningKeys } from "./SigningKeys";
export { requestTarget, signRequest, type RequestToSign, type SigningOptions } from "./signRequest";
export {
  DEFAULT_SIGNATURE_WINDOW_MS,
  verifyRequest,
  type ReceivedRequest,
  type Verification,
  type VerifiedRequest,
} from "./verifyRequest";
