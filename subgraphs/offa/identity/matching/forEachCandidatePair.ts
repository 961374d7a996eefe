import { birthDateBlockKey } from "./compareBirthDates";
import type { IdentityRecord } from "./IdentityRecord";

/**
 * Blocking, so matching scales: calls `visit` once for every pair of records of different providers that share
 * a national-number hash, or a birth-date block (the date and its day/month transposition, birthDateBlockKey)
 * and sex, instead of comparing every record with every other. Lossless for the rules of qualityOf: every
 * quality above NONE needs the same hash, or a birth date equal or transposed and the same sex. Two records of one provider are never paired:
 * a provider holds one record per person (modelling choice; a provider's duplicates are its own to fix).
 */
export function forEachCandidatePair(
  records: readonly IdentityRecord[],
  visit: (a: IdentityRecord, b: IdentityRecord) => void,
): void {
  const blockOf = (record: IdentityRecord) => `${birthDateBlockKey(record.birthDate)}:${record.sex}`;
  const byBirth = groupBy(records, blockOf);
  for (const block of byBirth.values()) {
    for (let i = 0; i < block.length; i += 1) {
      for (let j = i + 1; j < block.length; j += 1) {
        if (block[i].provider !== block[j].provider) visit(block[i], block[j]);
      }
    }
  }
  const byHash = groupBy(
    records.filter((record) => record.nationalNumberHash !== null),
    (record) => record.nationalNumberHash as string,
  );
  for (const block of byHash.values()) {
    for (let i = 0; i < block.length; i += 1) {
      for (let j = i + 1; j < block.length; j += 1) {
        const [a, b] = [block[i], block[j]];
        // Pairs in one birth-date block were visited above.
        if (a.provider !== b.provider && blockOf(a) !== blockOf(b)) {
          visit(a, b);
        }
      }
    }
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
