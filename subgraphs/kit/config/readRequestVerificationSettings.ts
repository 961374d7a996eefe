import {
  DEVELOPMENT_SIGNING_KEY,
  signingKeyProblem,
  type SigningKeys,
} from "../../../schema/contract/signing";
import {
  REQUEST_VERIFICATION_DEFAULTS,
  type RequestVerificationSettings,
} from "../server/RequestVerificationSettings";
import type { SettingsReader } from "./SettingsReader";

/**
 * How a subgraph checks that requests come from the gateway: `OFFA_GATEWAY_SIGNING_KEY` (unset outside
 * production: the public development key; in production a missing, short or development key is
 * OFFA_SIGNING_KEY_INVALID), `OFFA_GATEWAY_SIGNING_PREVIOUS_KEY` (during a rotation), `OFFA_SIGNATURE_WINDOW_SECONDS`
 * (1 to 300, default 30), `REDIS_URL` (nonces shared by every copy; unset: in this process) and
 * `OFFA_SUBGRAPH_MAX_BODY_BYTES` (default 16 MiB). That default fits the largest request the gateway's limits
 * let it send: OFFA's `_entities` request for a page of 500 learners with every provider record that
 * `commonContracts` requires, measured at 0.98 MB on the scale-0.1 dataset, and at most 2.3 MB were all 500 as
 * heavy as the heaviest learner (4.5 kB); 16 MiB leaves room for records to grow
 * (test/integration/subgraphCalls/throughTheGateway.test.ts keeps the bound under it).
 */
export function readRequestVerificationSettings(
  reader: SettingsReader,
  env: NodeJS.ProcessEnv = process.env,
): RequestVerificationSettings {
  const production = env.NODE_ENV === "production";
  const keys = readSigningKeys(reader, production);
  const windowSeconds = reader.integer(
    "OFFA_SIGNATURE_WINDOW_SECONDS",
    REQUEST_VERIFICATION_DEFAULTS.windowMs / 1000,
    1,
    300,
  );
  const redisUrl = reader.optional("REDIS_URL");
  if (redisUrl !== undefined && !/^rediss?:\/\/\S+$/.test(redisUrl))
    reader.reject("REDIS_URL must be a redis:// or rediss:// URL");
  return {
    keys,
    windowMs: windowSeconds * 1000,
    nonces:
      redisUrl !== undefined
        ? { kind: "redis", url: redisUrl }
        : { kind: "memory", maxEntries: REQUEST_VERIFICATION_DEFAULTS.maxNonces },
    maxBodyBytes: reader.integer(
      "OFFA_SUBGRAPH_MAX_BODY_BYTES",
      REQUEST_VERIFICATION_DEFAULTS.maxBodyBytes,
      1024,
      1024 * 1024 * 1024,
    ),
  };
}

/** The shared signing key (and the previous one), every problem rejected with OFFA_SIGNING_KEY_INVALID. */
export function readSigningKeys(reader: SettingsReader, production: boolean): SigningKeys {
  const current = reader.optional("OFFA_GATEWAY_SIGNING_KEY");
  const previous = reader.optional("OFFA_GATEWAY_SIGNING_PREVIOUS_KEY");
  const problems: string[] = [];
  if (current === undefined && production)
    problems.push("OFFA_GATEWAY_SIGNING_KEY must be set in production (the key the gateway signs with)");
  for (const [setting, key] of [
    ["OFFA_GATEWAY_SIGNING_KEY", current],
    ["OFFA_GATEWAY_SIGNING_PREVIOUS_KEY", previous],
  ] as const) {
    const problem = key === undefined ? undefined : signingKeyProblem(setting, key, production);
    if (problem) problems.push(problem);
  }
  for (const problem of problems) reader.reject(problem, "OFFA_SIGNING_KEY_INVALID");
  return { current: current ?? DEVELOPMENT_SIGNING_KEY, ...(previous ? { previous } : {}) };
}
