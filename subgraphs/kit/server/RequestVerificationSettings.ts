import { DEFAULT_SIGNATURE_WINDOW_MS, type SigningKeys } from "../../../schema/contract/signing";

/** How a subgraph verifies that each request comes from the gateway (schema/contract/signing). */
export interface RequestVerificationSettings {
  /** The gateway's key, and the previous one during a rotation. */
  keys: SigningKeys;
  /** How far a request's timestamp may be from this clock, either way. Default 30 s. */
  windowMs: number;
  /** Where used nonces are remembered: in this process (default), or Redis when several copies must share them. */
  nonces: { kind: "memory"; maxEntries: number } | { kind: "redis"; url: string };
  /** Bodies above this size are refused with 413 before they are read whole. Default 16 MiB. */
  maxBodyBytes: number;
}

/** Every default of RequestVerificationSettings, in one place. */
export const REQUEST_VERIFICATION_DEFAULTS = {
  windowMs: DEFAULT_SIGNATURE_WINDOW_MS,
  /** Enough for 3,000 requests a second over a 60 s memory span; the oldest entries go first beyond it. */
  maxNonces: 200_000,
  maxBodyBytes: 16 * 1024 * 1024,
} as const;

/** Settings with every default filled in: what tests and `npm start` use with the keys they have. */
export function requestVerificationSettings(
  keys: SigningKeys,
  overrides: Partial<Omit<RequestVerificationSettings, "keys">> = {},
): RequestVerificationSettings {
  return {
    keys,
    windowMs: REQUEST_VERIFICATION_DEFAULTS.windowMs,
    nonces: { kind: "memory", maxEntries: REQUEST_VERIFICATION_DEFAULTS.maxNonces },
    maxBodyBytes: REQUEST_VERIFICATION_DEFAULTS.maxBodyBytes,
    ...overrides,
  };
}
