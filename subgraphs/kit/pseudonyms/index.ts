export { derivePseudonym, pseudonymKey, type PseudonymKey } from "./derivePseudonym";
export { developmentPseudonymKeys, developmentPseudonymSecret } from "./developmentPseudonymKeys";
export { PSEUDONYM_DOMAINS, type PseudonymDomain } from "./pseudonymDomains";
export { configuredKeyIds, configuredKeys, type PseudonymKeyring, type PseudonymKeys } from "./PseudonymKeys";
export {
  MIN_PSEUDONYM_KEY_LENGTH,
  previousPseudonymKeySetting,
  pseudonymKeySetting,
  readPseudonymKeys,
} from "./readPseudonymKeys";
