export { derivePseudonym, pseudonymKey, type PseudonymKey } from "./derivePseudonym";
export { PSEUDONYM_DOMAINS, type PseudonymDomain } from "./pseudonymDomains";
