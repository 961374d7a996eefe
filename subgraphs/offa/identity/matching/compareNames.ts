import { editDistance } from "./editDistance";

/** How two family names compare once normalised (familyNameKey). */
export type FamilyNameComparison = "SAME" | "TYPO" | "DIFFERENT";

/** How two sets of given names compare once normalised (nameWords). */
export type GivenNamesComparison = "SAME" | "SHORTENED" | "TYPO" | "DIFFERENT";

/**
 * Modelling choice: one typing error (editDistance 1) is a typo, and only in a key of at least this many letters;
 * shorter names ("Rossi"/"Rosso" are 5) differ in one letter too often between distinct families to count as
 * the same name. domain.md sets no threshold.
 */
const MIN_LETTERS_FOR_TYPO = 4;
/** Modelling choice: a given name written short ("Max" for "Maxime") keeps at least this many letters. */
const MIN_LETTERS_FOR_SHORT_FORM = 3;

/** Compares two family-name keys: equal, within one typing error, or different. */
export function compareFamilyNames(a: string, b: string): FamilyNameComparison {
  if (a === b) return "SAME";
  if (Math.min(a.length, b.length) >= MIN_LETTERS_FOR_TYPO && editDistance(a, b, 1) <= 1) return "TYPO";
  return "DIFFERENT";
}

/**
 * Compares two lists of given names (normalised words): SAME when they hold the same words in any order
 * ("Marie Claire" / "Claire Marie"); SHORTENED when every word of the shorter list is a word of the longer one or
 * its first letters ("Marie" / "Marie Claire", "Max" / "Maxime"); TYPO when, in written or sorted order, the
 * names are within one typing error; otherwise DIFFERENT.
 */
export function compareGivenNames(a: readonly string[], b: readonly string[]): GivenNamesComparison {
  const sortedA = [...a].sort().join(" ");
  const sortedB = [...b].sort().join(" ");
  if (sortedA === sortedB) return "SAME";
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (isShortFormOf(shorter, longer)) return "SHORTENED";
  const written = editDistance(a.join(" "), b.join(" "), 1);
  const sorted = editDistance(sortedA, sortedB, 1);
  if (Math.min(sortedA.length, sortedB.length) >= MIN_LETTERS_FOR_TYPO && Math.min(written, sorted) <= 1) {
    return "TYPO";
  }
  return "DIFFERENT";
}

// Every word of `shorter` matches a distinct word of `longer`, equal or as its first letters.
function isShortFormOf(shorter: readonly string[], longer: readonly string[]): boolean {
  if (shorter.length === 0) return false;
  const unused = [...longer];
  for (const word of shorter) {
    const index = unused.findIndex(
      (candidate) =>
        candidate === word || (word.length >= MIN_LETTERS_FOR_SHORT_FORM && candidate.startsWith(word)),
    );
    if (index < 0) return false;
    unused.splice(index, 1);
  }
  return true;
}
