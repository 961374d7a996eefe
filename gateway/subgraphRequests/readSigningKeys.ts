import { DEVELOPMENT_SIGNING_KEY, signingKeyProblem, type SigningKeys } from "../../schema/contract/signing";

/** The setting that holds the key the gateway signs subgraph requests with. */
export const SIGNING_KEY_SETTING = "OFFA_GATEWAY_SIGNING_KEY";

/** The key being retired during a rotation: only subgraphs read it (the gateway signs with the current key). */
export const PREVIOUS_SIGNING_KEY_SETTING = "OFFA_GATEWAY_SIGNING_PREVIOUS_KEY";

/**
 * The gateway's signing key from `OFFA_GATEWAY_SIGNING_KEY`. Unset outside production: the public development
 * key (which every subgraph also defaults to there). In production a missing, short or development key is a
 * problem added to `problems`, which the caller reports as OFFA_GATEWAY_SIGNING_KEY_INVALID.
 */
export function readSigningKeys(env: NodeJS.ProcessEnv, problems: string[]): SigningKeys {
  const production = env.NODE_ENV === "production";
  const current = env[SIGNING_KEY_SETTING] || undefined;
  if (current === undefined) {
    if (production)
      problems.push(`${SIGNING_KEY_SETTING} must be set in production (the subgraphs' shared key)`);
    return { current: DEVELOPMENT_SIGNING_KEY };
  }
  const problem = signingKeyProblem(SIGNING_KEY_SETTING, current, production);
  if (problem) problems.push(problem);
  return { current };
}
