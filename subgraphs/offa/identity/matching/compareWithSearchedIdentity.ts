import { compareBirthDates, type BirthDateComparison } from "./compareBirthDates";
import {
  compareFamilyNames,
  compareGivenNames,
  type FamilyNameComparison,
  type GivenNamesComparison,
} from "./compareNames";
import type { MatchQuality } from "./MatchQuality";
import { familyNameKey, nameWords } from "./normaliseName";
import { isCloseIdentity, isConsistentIdentity, type IdentityEvidence } from "./qualityOf";

/** An identity as a mobility officer searches it: last name, given name(s), birth date ('YYYY-MM-DD'). */
export interface SearchedIdentity {
  lastName: string;
  firstName: string;
  birthDate: string;
}

/** How one provider record compares with the searched identity, field by field, and the quality that gives. */
export interface SearchComparison {
  quality: MatchQuality;
  familyName: FamilyNameComparison;
  givenNames: GivenNamesComparison;
  birthDate: BirthDateComparison;
}

/**
 * Compares a provider record with a searched identity (pure) with the matcher's own comparisons (compareNames,
 * compareBirthDates) and identity rules (isConsistentIdentity, isCloseIdentity from qualityOf). A search has no
 * national number, sex or postcode: the sex is taken as equal and the postcode left out. The rules, each a
 * modelling choice (domain.md §10 names the qualities, not how a search earns them):
 *
 * | record against the searched identity                                         | quality      |
 * | ---------------------------------------------------------------------------- | ------------ |
 * | consistent: same family name, given names (any order, or shortened), date    | EXACT        |
 * | close: each equal or within one typo or a day/month swap, at most 2 of those | NEEDS_UPDATE |
 * | family name equal or one typo, date equal or swapped, given names differ     | POSSIBLE     |
 * | otherwise                                                                    | NONE         |
 *
 * Why EXACT without a number: a search does not link records, it shows who the officer may mean; EXACT says the
 * record holds the identity as searched (accents, case and given-name order aside, as the matcher compares
 * them). Namesakes born the same day are each EXACT and stay distinct learners. POSSIBLE covers a sibling or a
 * given name recorded quite differently: shown, for the officer to judge.
 */
export function compareWithSearchedIdentity(
  searched: SearchedIdentity,
  record: SearchedIdentity,
): SearchComparison {
  const evidence: IdentityEvidence = {
    familyName: compareFamilyNames(familyNameKey(searched.lastName), familyNameKey(record.lastName)),
    givenNames: compareGivenNames(nameWords(searched.firstName), nameWords(record.firstName)),
    birthDate: compareBirthDates(searched.birthDate, record.birthDate),
    sameSex: true,
  };
  const quality: MatchQuality = isConsistentIdentity(evidence)
    ? "EXACT"
    : isCloseIdentity(evidence)
      ? "NEEDS_UPDATE"
      : evidence.familyName !== "DIFFERENT" && evidence.birthDate !== "DIFFERENT"
        ? "POSSIBLE"
        : "NONE";
  return {
    quality,
    familyName: evidence.familyName,
    givenNames: evidence.givenNames,
    birthDate: evidence.birthDate,
  };
}
