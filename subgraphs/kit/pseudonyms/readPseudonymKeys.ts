import type { SettingsReader } from "../config/SettingsReader";
import { pseudonymKey } from "./derivePseudonym";
import { developmentPseudonymSecret } from "./developmentPseudonymKeys";
import type { PseudonymKeyring, PseudonymKeys } from "./PseudonymKeys";
import { PSEUDONYM_DOMAINS, type PseudonymDomain } from "./pseudonymDomains";

/** The shortest key accepted: 32 characters, the 256 bits of HMAC-SHA256 (e.g. `openssl rand -base64 48`). */
export const MIN_PSEUDONYM_KEY_LENGTH = 32;

/** The setting holding a domain's current key: `OFFA_PSEUDONYM_<DOMAIN>_KEY`. */
export function pseudonymKeySetting(domain: PseudonymDomain): string {
  return `OFFA_PSEUDONYM_${domain.toUpperCase()}_KEY`;
}

/** The setting holding a domain's previous key during a rotation: `OFFA_PSEUDONYM_<DOMAIN>_PREVIOUS_KEY`. */
export function previousPseudonymKeySetting(domain: PseudonymDomain): string {
  return `OFFA_PSEUDONYM_${domain.toUpperCase()}_PREVIOUS_KEY`;
}

/**
 * The pseudonym keys of every domain (domain.md §9: keys from configuration, never in a database), the one
 * reader of them. Per domain `OFFA_PSEUDONYM_<DOMAIN>_KEY` and, during a rotation, `…_PREVIOUS_KEY`. Unset
 * outside production: the domain's public development key. Every problem is rejected through `reader` with
 * OFFA_PSEUDONYM_KEY_INVALID: a key shorter than 32 characters (any mode); in production a missing current
 * key, a development key, or one secret shared by two domains (the bPK pattern wants one key per domain).
 */
export function readPseudonymKeys(
  reader: SettingsReader,
  env: NodeJS.ProcessEnv = process.env,
): PseudonymKeys {
  const production = env.NODE_ENV === "production";
  const problems: string[] = [];
  const keys = {} as Record<PseudonymDomain, PseudonymKeyring>;
  const domainOfSecret = new Map<string, PseudonymDomain>();
  for (const domain of PSEUDONYM_DOMAINS) {
    const currentSetting = pseudonymKeySetting(domain);
    const previousSetting = previousPseudonymKeySetting(domain);
    const current = reader.optional(currentSetting);
    const previous = reader.optional(previousSetting);
    if (current === undefined && production)
      problems.push(`${currentSetting} must be set in production (the ${domain} domain's pseudonym key)`);
    for (const [setting, secret] of [
      [currentSetting, current],
      [previousSetting, previous],
    ] as const) {
      if (secret === undefined) continue;
      if (secret.length < MIN_PSEUDONYM_KEY_LENGTH)
        problems.push(
          `${setting} must be at least ${MIN_PSEUDONYM_KEY_LENGTH} characters (e.g. openssl rand -base64 48)`,
        );
      else if (production && PSEUDONYM_DOMAINS.some((d) => secret === developmentPseudonymSecret(d)))
        problems.push(`${setting} is a public development key: set a secret one in production`);
    }
    if (current !== undefined && previous === current)
      problems.push(
        `${previousSetting} is the same key as ${currentSetting}: unset it once the rotation is done`,
      );
    if (production && current !== undefined) {
      const other = domainOfSecret.get(current);
      if (other)
        problems.push(
          `${currentSetting} is the ${other} domain's key: each domain needs its own (bPK pattern)`,
        );
      domainOfSecret.set(current, domain);
    }
    keys[domain] = {
      current: pseudonymKey(current ?? developmentPseudonymSecret(domain)),
      ...(previous !== undefined && previous !== current ? { previous: pseudonymKey(previous) } : {}),
    };
  }
  for (const problem of problems) reader.reject(problem, "OFFA_PSEUDONYM_KEY_INVALID");
  return keys;
}
