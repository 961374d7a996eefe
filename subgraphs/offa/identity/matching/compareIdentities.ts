import { compareBirthDates } from "./compareBirthDates";
import { compareFamilyNames, compareGivenNames } from "./compareNames";
import type { IdentityRecord } from "./IdentityRecord";
import type { MatchEvidence, NationalNumberComparison } from "./MatchEvidence";
import type { MatchQuality } from "./MatchQuality";
import { familyNameKey, nameWords } from "./normaliseName";
import { qualityOf } from "./qualityOf";

/** The result of comparing two identity records. */
export interface IdentityComparison {
  quality: MatchQuality;
  evidence: MatchEvidence;
}

// Normalised names, computed once per record: a matcher run compares each record with dozens of others.
const normalised = new WeakMap<IdentityRecord, { family: string; given: string[] }>();

function namesOf(record: IdentityRecord): { family: string; given: string[] } {
  let names = normalised.get(record);
  if (!names) {
    names = { family: familyNameKey(record.lastName), given: nameWords(record.firstName) };
    normalised.set(record, names);
  }
  return names;
}

/**
 * Compares two provider identity records (pure): national-number hashes, names normalised (case, accents,
 * hyphens, given-name order and short forms), birth dates with day/month transposition, sex and postcode, and
 * returns the quality the rules of qualityOf give, with the evidence behind it.
 */
export function compareIdentities(a: IdentityRecord, b: IdentityRecord): IdentityComparison {
  const namesA = namesOf(a);
  const namesB = namesOf(b);
  const evidence: MatchEvidence = {
    nationalNumber: compareNationalNumbers(a, b),
    familyName: compareFamilyNames(namesA.family, namesB.family),
    givenNames: compareGivenNames(namesA.given, namesB.given),
    birthDate: compareBirthDates(a.birthDate, b.birthDate),
    sameSex: a.sex === b.sex,
    postcode:
      a.postcode === null || b.postcode === null
        ? "UNKNOWN"
        : a.postcode === b.postcode
          ? "SAME"
          : "DIFFERENT",
  };
  return { quality: qualityOf(evidence), evidence };
}

/**
 * True when the pair is NONE without comparing further: two different numbers of one kind under different
 * family names (qualityOf gives DIFFERENT numbers POSSIBLE only for a consistent identity, which needs the same
 * family name). Lets a matcher run skip most pairs of a birth-date block with one string comparison.
 */
export function isPlainlyDistinct(a: IdentityRecord, b: IdentityRecord): boolean {
  return (
    a.nationalNumberHash !== null &&
    b.nationalNumberHash !== null &&
    a.nationalNumberHash !== b.nationalNumberHash &&
    a.nationalNumberKind === b.nationalNumberKind &&
    namesOf(a).family !== namesOf(b).family
  );
}

function compareNationalNumbers(a: IdentityRecord, b: IdentityRecord): NationalNumberComparison {
  if (a.nationalNumberHash === null || b.nationalNumberHash === null) return "MISSING";
  if (a.nationalNumberHash === b.nationalNumberHash) return "SAME";
  return a.nationalNumberKind !== b.nationalNumberKind ? "BIS_REPLACED" : "DIFFERENT";
}
