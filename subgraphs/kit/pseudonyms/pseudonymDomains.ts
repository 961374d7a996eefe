/**
 * The purpose domains a national number is pseudonymised for, on Austria's bPK pattern (domain.md §9): the same
 * person gets an unrelated pseudonym in each domain, so two domains' data cannot be joined without the keys.
 * `statistics` and `mobility` are domain.md's; `audit` (the access log, searched for a GDPR art. 15 request) is a
 * modelling choice: the log must find a person without holding a pseudonym that links it to either other domain.
 */
export const PSEUDONYM_DOMAINS = ["statistics", "mobility", "audit"] as const;

/** One of PSEUDONYM_DOMAINS. */
export type PseudonymDomain = (typeof PSEUDONYM_DOMAINS)[number];
