import type { ProviderNamespace } from "../../../kit/provider/providerNamespaces";

/**
 * One provider learner record as the matcher sees it: the identity the provider recorded, with the national
 * number only as its keyed hash (HMAC under the matching key, computed where the number is known: OFFA never
 * sees the number itself, domain.md §9).
 */
export interface IdentityRecord {
  provider: ProviderNamespace;
  providerLearnerId: string;
  /** The keyed hash of the national number; null when the provider recorded none. */
  nationalNumberHash: string | null;
  /**
   * Whether that number is a register number (NISS) or a BIS number (month +20/+40): the kind, not the number, so
   * a BIS later replaced by a NISS can be recognised. Null with the hash.
   */
  nationalNumberKind: "NISS" | "BIS" | null;
  lastName: string;
  /** Given names as written, one or several ("Marie Claire", "Jean-Pierre"). */
  firstName: string;
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  sex: "M" | "F";
  /** Postcode of the commune the provider has on file; null when unknown. */
  postcode: string | null;
}
