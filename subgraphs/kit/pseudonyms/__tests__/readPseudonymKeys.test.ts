import { SettingsReader } from "../../config/SettingsReader";
import { KitError } from "../../errors/KitError";
import { derivePseudonym, pseudonymKey } from "../derivePseudonym";
import { developmentPseudonymKeys, developmentPseudonymSecret } from "../developmentPseudonymKeys";
import { configuredKeyIds } from "../PseudonymKeys";
import { readPseudonymKeys } from "../readPseudonymKeys";

const SECRETS = {
  OFFA_PSEUDONYM_STATISTICS_KEY: "statistics-secret-".repeat(3),
  OFFA_PSEUDONYM_MOBILITY_KEY: "mobility-secret-".repeat(3),
  OFFA_PSEUDONYM_AUDIT_KEY: "audit-secret-".repeat(3),
};

function read(env: NodeJS.ProcessEnv) {
  const reader = new SettingsReader(env);
  const keys = readPseudonymKeys(reader, env);
  reader.done();
  return keys;
}

function refusal(env: NodeJS.ProcessEnv): KitError {
  try {
    read(env);
  } catch (error) {
    return error as KitError;
  }
  throw new Error("expected the keys to be refused");
}

describe("readPseudonymKeys", () => {
  it("defaults every domain to its public development key outside production", () => {
    const keys = read({});
    expect(keys).toEqual(developmentPseudonymKeys());
    expect(keys.mobility.current.secret).toBe(developmentPseudonymSecret("mobility"));
    expect(keys.mobility.previous).toBeUndefined();
  });

  it("reads a current and a previous key per domain, the previous one still accepted by lookups", () => {
    const keys = read({ ...SECRETS, OFFA_PSEUDONYM_MOBILITY_PREVIOUS_KEY: "old-mobility-secret-".repeat(2) });
    expect(keys.mobility.current).toEqual(pseudonymKey(SECRETS.OFFA_PSEUDONYM_MOBILITY_KEY));
    expect(configuredKeyIds(keys, "mobility")).toEqual([
      pseudonymKey(SECRETS.OFFA_PSEUDONYM_MOBILITY_KEY).id,
      pseudonymKey("old-mobility-secret-".repeat(2)).id,
    ]);
    expect(configuredKeyIds(keys, "statistics")).toHaveLength(1);
  });

  it("gives one person unrelated pseudonyms in two domains (the bPK pattern)", () => {
    const keys = read(SECRETS);
    // A wrong check digit (domain.md §11.16: harmless test data); derivation does not validate the number.
    const number = "85073003329";
    expect(derivePseudonym("mobility", number, keys.mobility.current)).not.toBe(
      derivePseudonym("statistics", number, keys.statistics.current),
    );
  });

  it("refuses a short key in any mode, naming the setting", () => {
    const error = refusal({ OFFA_PSEUDONYM_AUDIT_PREVIOUS_KEY: "short" });
    expect(error.code).toBe("OFFA_PSEUDONYM_KEY_INVALID");
    expect(error.message).toContain("OFFA_PSEUDONYM_AUDIT_PREVIOUS_KEY must be at least 32 characters");
  });

  it("refuses in production a missing key, a development key and a key shared by two domains, all listed", () => {
    const error = refusal({
      NODE_ENV: "production",
      OFFA_PSEUDONYM_STATISTICS_KEY: SECRETS.OFFA_PSEUDONYM_STATISTICS_KEY,
      OFFA_PSEUDONYM_MOBILITY_KEY: SECRETS.OFFA_PSEUDONYM_STATISTICS_KEY,
      OFFA_PSEUDONYM_AUDIT_PREVIOUS_KEY: developmentPseudonymSecret("audit"),
    });
    expect(error.code).toBe("OFFA_PSEUDONYM_KEY_INVALID");
    expect(error.message).toContain("OFFA_PSEUDONYM_AUDIT_KEY must be set in production");
    expect(error.message).toContain("OFFA_PSEUDONYM_AUDIT_PREVIOUS_KEY is a public development key");
    expect(error.message).toContain("OFFA_PSEUDONYM_MOBILITY_KEY is the statistics domain's key");
  });

  it("accepts three distinct secret keys in production", () => {
    expect(read({ NODE_ENV: "production", ...SECRETS }).audit.current).toEqual(
      pseudonymKey(SECRETS.OFFA_PSEUDONYM_AUDIT_KEY),
    );
  });
});
