import type { BirthDateComparison } from "./compareBirthDates";
import type { FamilyNameComparison, GivenNamesComparison } from "./compareNames";

/**
 * How the national-number hashes of two records compare: SAME hash; BIS_REPLACED, a BIS number on one side and a
 * register number (NISS) on the other (a BIS holder who later received a NISS, or two people); DIFFERENT, two
 * numbers of the same kind (two people, unless a number was mistyped); MISSING, a side without a number.
 */
export type NationalNumberComparison = "SAME" | "BIS_REPLACED" | "DIFFERENT" | "MISSING";

/** What compareIdentities found, field by field: the reasons behind a MatchQuality, shown to reviewers. */
export interface MatchEvidence {
  nationalNumber: NationalNumberComparison;
  familyName: FamilyNameComparison;
  givenNames: GivenNamesComparison;
  birthDate: BirthDateComparison;
  sameSex: boolean;
  /** UNKNOWN when a side has no postcode. */
  postcode: "SAME" | "DIFFERENT" | "UNKNOWN";
}
