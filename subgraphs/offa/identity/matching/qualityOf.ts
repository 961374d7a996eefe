import type { MatchEvidence } from "./MatchEvidence";
import type { MatchQuality } from "./MatchQuality";

/**
 * Modelling choice: with the same national-number hash, at most this many of {family-name typo, given-name typo,
 * day/month transposed} still make NEEDS_UPDATE (the number proves the person; the names and date are what one
 * office typed). More, or any field plainly different, goes to a human (POSSIBLE). domain.md sets no threshold.
 */
export const MAX_DISCREPANCIES_WITH_SAME_NUMBER = 2;

/**
 * The quality of a match from its evidence (domain.md §10). The rules, each a modelling choice (domain.md has
 * none; the pattern is the UK ULN match, where only the key proves identity):
 * - consistent identity: same family name, same given names (any order, or one side shortened), same birth
 *   date, same sex;
 * - close identity: same sex, and family name, given names and birth date each equal or within one typo or a
 *   day/month swap, at most MAX_DISCREPANCIES_WITH_SAME_NUMBER of those.
 *
 * | national number | identity                                        | quality      |
 * | --------------- | ----------------------------------------------- | ------------ |
 * | SAME            | consistent, same postcode (or one unknown)      | EXACT        |
 * | SAME            | consistent, postcode changed                    | NEEDS_UPDATE |
 * | SAME            | close                                           | NEEDS_UPDATE |
 * | SAME            | same family name (or one typo), birth date      | NEEDS_UPDATE |
 * |                 | (or transposed) and sex; given names differ     |              |
 * | SAME            | anything else (a number mistyped somewhere?)    | POSSIBLE     |
 * | BIS_REPLACED    | identical names (any order), birth, sex, and    | NEEDS_UPDATE |
 * |                 | postcode not changed                            |              |
 * | BIS_REPLACED    | close (incl. consistent with another postcode)  | POSSIBLE     |
 * | DIFFERENT       | consistent (homonym, or a mistyped number)      | POSSIBLE     |
 * | MISSING         | close                                           | POSSIBLE     |
 * | otherwise       |                                                 | NONE         |
 *
 * Why BIS_REPLACED is strict: without the number, name, birth date, sex and commune are all that tells a BIS
 * holder who received a NISS from a namesake born the same day; the postcode keeps apart most of the namesakes
 * that a population of 176 000 learners holds (scripts/identities measures it).
 */
export function qualityOf(evidence: MatchEvidence): MatchQuality {
  const consistent = isConsistentIdentity(evidence);
  const close = isCloseIdentity(evidence);
  switch (evidence.nationalNumber) {
    case "SAME":
      if (consistent) return evidence.postcode === "DIFFERENT" ? "NEEDS_UPDATE" : "EXACT";
      if (close) return "NEEDS_UPDATE";
      // The number's check digits catch nearly every typing error, so the same valid number with the same family,
      // birth date and sex is one person whose given names were recorded differently (several variants at once).
      return evidence.sameSex && evidence.familyName !== "DIFFERENT" && evidence.birthDate !== "DIFFERENT"
        ? "NEEDS_UPDATE"
        : "POSSIBLE";
    case "BIS_REPLACED": {
      const identical =
        evidence.familyName === "SAME" &&
        evidence.givenNames === "SAME" &&
        evidence.birthDate === "SAME" &&
        evidence.sameSex;
      if (identical && evidence.postcode !== "DIFFERENT") return "NEEDS_UPDATE";
      return close ? "POSSIBLE" : "NONE";
    }
    case "DIFFERENT":
      return consistent ? "POSSIBLE" : "NONE";
    case "MISSING":
      return close ? "POSSIBLE" : "NONE";
  }
}

/** The fields qualityOf's identity rules read (a search by name compares these too, with the sex taken as equal). */
export type IdentityEvidence = Pick<MatchEvidence, "familyName" | "givenNames" | "birthDate" | "sameSex">;

/**
 * A consistent identity (qualityOf): same family name, same given names (any order, or one side shortened), same
 * birth date, same sex.
 */
export function isConsistentIdentity(evidence: IdentityEvidence): boolean {
  return (
    evidence.familyName === "SAME" &&
    (evidence.givenNames === "SAME" || evidence.givenNames === "SHORTENED") &&
    evidence.birthDate === "SAME" &&
    evidence.sameSex
  );
}

/**
 * A close identity (qualityOf): same sex, and family name, given names and birth date each equal or within one typo
 * or a day/month swap, at most MAX_DISCREPANCIES_WITH_SAME_NUMBER of those.
 */
export function isCloseIdentity(evidence: IdentityEvidence): boolean {
  const discrepancies =
    Number(evidence.familyName === "TYPO") +
    Number(evidence.givenNames === "TYPO") +
    Number(evidence.birthDate === "TRANSPOSED");
  return (
    evidence.sameSex &&
    evidence.familyName !== "DIFFERENT" &&
    evidence.givenNames !== "DIFFERENT" &&
    evidence.birthDate !== "DIFFERENT" &&
    discrepancies <= MAX_DISCREPANCIES_WITH_SAME_NUMBER
  );
}
