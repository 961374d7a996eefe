/**
 * The purposes a mobility officer may declare for a request (header `x-offa-purpose`), a closed list. A modelling
 * choice: domain.md §9 requires purpose limitation but OFFA's register of processing activities is not public.
 * `needsNationalNumber`: whether the purpose justifies reading the national number in clear.
 */
export const PURPOSES = {
  /** Following one learner's training across providers (domain.md §2, mobility). */
  MOBILITY_FOLLOW_UP: { needsNationalNumber: false },
  /** Checking a contract's conformity (pay, hours, agrément) on a complaint or an inspection. */
  CONTRACT_VERIFICATION: { needsNationalNumber: false },
  /** Linking records of one person across providers, which compares national numbers. */
  IDENTITY_RESOLUTION: { needsNationalNumber: true },
  /** Answering a learner's own GDPR access request (art. 15). */
  DATA_SUBJECT_REQUEST: { needsNationalNumber: true },
} as const;

/** One of PURPOSES. */
export type Purpose = keyof typeof PURPOSES;

/** Narrows a string to a Purpose. */
export function isPurpose(value: unknown): value is Purpose {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(PURPOSES, value);
}
