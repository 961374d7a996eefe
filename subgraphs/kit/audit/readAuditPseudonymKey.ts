import { SettingsReader } from "../config/SettingsReader";
import type { PseudonymKey } from "../pseudonyms/derivePseudonym";
import { developmentPseudonymSecret } from "../pseudonyms/developmentPseudonymKeys";
import { pseudonymKeySetting, readPseudonymKeys } from "../pseudonyms/readPseudonymKeys";
import type { SubgraphErrorCode } from "../errors/subgraphErrorCodes";

const INVALID: SubgraphErrorCode = "OFFA_PSEUDONYM_KEY_INVALID";

/**
 * The key audit pseudonyms are derived with: the `audit` domain's current key, named and defaulted as
 * readPseudonymKeys does (OFFA_PSEUDONYM_AUDIT_KEY; the public development key when unset outside production), so
 * the audit log, OFFA's stored pseudonyms and `npm run audit:learner` agree. Only this domain's setting is
 * required: a provider subgraph holds the audit key and no other domain's. Throws OFFA_PSEUDONYM_KEY_INVALID on a
 * bad key.
 */
export function readAuditPseudonymKey(env: NodeJS.ProcessEnv = process.env): PseudonymKey {
  const setting = pseudonymKeySetting("audit");
  const production = env.NODE_ENV === "production";
  const secret = env[setting];
  const reader = new SettingsReader({ [setting]: secret });
  // Production rules for this one domain; the length rule (any mode) is readPseudonymKeys' own.
  if (production && (secret === undefined || secret === ""))
    reader.reject(`${setting} must be set in production (the audit domain's pseudonym key)`, INVALID);
  if (production && secret === developmentPseudonymSecret("audit"))
    reader.reject(`${setting} is a public development key: set a secret one in production`, INVALID);
  const keys = readPseudonymKeys(reader, { NODE_ENV: "development", [setting]: secret });
  reader.done();
  return keys.audit.current;
}
