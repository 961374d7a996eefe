import { DEVELOPMENT_SIGNING_KEY } from "./developmentSigningKey";

/** The shortest key accepted: 32 characters, the 256 bits of HMAC-SHA256 (e.g. `openssl rand -base64 48`). */
export const MIN_SIGNING_KEY_LENGTH = 32;

/**
 * What is wrong with a configured key, naming the setting, or undefined when it may be used. In production
 * the development key is refused too: it is public.
 */
export function signingKeyProblem(setting: string, key: string, production: boolean): string | undefined {
  if (key.length < MIN_SIGNING_KEY_LENGTH)
    return `${setting} must be at least ${MIN_SIGNING_KEY_LENGTH} characters (e.g. openssl rand -base64 48)`;
  if (production && key === DEVELOPMENT_SIGNING_KEY)
    return `${setting} is the public development key: set a secret one in production`;
  return undefined;
}
