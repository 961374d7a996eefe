import type { PseudonymKey } from "./derivePseudonym";
import type { PseudonymDomain } from "./pseudonymDomains";

/** One domain's keys: the one new pseudonyms are derived with, and during a rotation the one being retired. */
export interface PseudonymKeyring {
  current: PseudonymKey;
  /** The key being retired: its pseudonyms still resolve until `npm run pseudonyms:retire` deletes them. */
  previous?: PseudonymKey;
}

/** Every domain's keys, as configuration gives them (readPseudonymKeys); never stored in a database. */
export type PseudonymKeys = Readonly<Record<PseudonymDomain, PseudonymKeyring>>;

/** A domain's configured keys, current first: the keys whose pseudonyms are written and resolve. */
export function configuredKeys(keys: PseudonymKeys, domain: PseudonymDomain): PseudonymKey[] {
  const { current, previous } = keys[domain];
  return previous && previous.id !== current.id ? [current, previous] : [current];
}

/** The ids of a domain's configured keys, current first: what a lookup by pseudonym accepts. */
export function configuredKeyIds(keys: PseudonymKeys, domain: PseudonymDomain): string[] {
  return configuredKeys(keys, domain).map((key) => key.id);
}
