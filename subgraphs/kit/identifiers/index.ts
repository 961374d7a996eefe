/**
 * Belgian identifiers: national numbers (NISS and BIS) and BCE enterprise and establishment-unit numbers,
 * their MOD-97 checks and display formats (domain.md §8). Shared by the subgraphs and the dataset generator.
 */
export { formatNiss, isValidNiss, normalizeNiss, nissCheckDigits, parseNiss } from "./niss";
export type { NissOptions, ParsedNiss } from "./niss";
export {
  enterpriseCheckDigits,
  formatEnterpriseNumber,
  formatEstablishmentUnitNumber,
  isValidEnterpriseNumber,
  isValidEstablishmentUnitNumber,
  normalizeEnterpriseNumber,
  normalizeEstablishmentUnitNumber,
} from "./enterpriseNumber";
export { mod97CheckDigits } from "./mod97";
