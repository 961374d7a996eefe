import { pseudonymKey } from "./derivePseudonym";
import type { PseudonymKeys } from "./PseudonymKeys";
import { PSEUDONYM_DOMAINS, type PseudonymDomain } from "./pseudonymDomains";

/**
 * The public development key of a domain: the default outside production (synthetic data only, domain.md §9),
 * refused in production. It is in the source, so a pseudonym derived with it protects nothing.
 */
export function developmentPseudonymSecret(domain: PseudonymDomain): string {
  return `offa-DEVELOPMENT-ONLY-${domain}-pseudonym-key-public-never-use-in-production`;
}

/** Every domain under its development key: what tests and `npm start` use when no key is configured. */
export function developmentPseudonymKeys(): PseudonymKeys {
  return Object.fromEntries(
    PSEUDONYM_DOMAINS.map((domain) => [
      domain,
      { current: pseudonymKey(developmentPseudonymSecret(domain)) },
    ]),
  ) as unknown as PseudonymKeys;
}
