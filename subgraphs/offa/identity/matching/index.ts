/**
 * Identity matching: which provider records are one person (domain.md §10). Pure functions, no I/O; the README
 * beside this file lists every rule and threshold.
 */
export type { IdentityRecord } from "./IdentityRecord";
export { MATCH_QUALITIES, isAutomaticLink, type MatchQuality } from "./MatchQuality";
export type { MatchEvidence, NationalNumberComparison } from "./MatchEvidence";
export { compareIdentities, isPlainlyDistinct, type IdentityComparison } from "./compareIdentities";
export { compareBirthDates, transposedBirthDate, birthDateBlockKey } from "./compareBirthDates";
export { compareFamilyNames, compareGivenNames } from "./compareNames";
export { familyNameKey, nameWords } from "./normaliseName";
export { editDistance } from "./editDistance";
export {
  qualityOf,
  isCloseIdentity,
  isConsistentIdentity,
  MAX_DISCREPANCIES_WITH_SAME_NUMBER,
  type IdentityEvidence,
} from "./qualityOf";
export {
  compareWithSearchedIdentity,
  type SearchComparison,
  type SearchedIdentity,
} from "./compareWithSearchedIdentity";
export { forEachCandidatePair } from "./forEachCandidatePair";
export { matchIdentities, type IdentityMatch, type MatchedPair } from "./matchIdentities";
