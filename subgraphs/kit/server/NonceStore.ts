/**
 * Remembers the nonces of accepted requests until their window ends, so a captured request cannot be sent
 * again. `claim` is atomic: of two requests with one nonce, exactly one gets true.
 */
export interface NonceStore {
  /** Records the nonce until `expiresAt` (ms since the epoch); false when it was already recorded. */
  claim(nonce: string, expiresAt: number): Promise<boolean>;
  /** Releases connections; may be called twice. */
  close(): Promise<void>;
}
