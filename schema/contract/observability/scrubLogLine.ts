/**
 * A Belgian national number (NISS or BIS) as digits alone or in its printed form `85.07.30-033.28`, not inside
 * a longer run of letters and digits (a UUID or a hex digest holding 11 digits in a row is not one, as
 * test/helpers/findNationalNumbers also rules), though right after a JSON escape such as `\n`. Any such run of
 * exactly 11 digits is taken for one, valid checksum or not: over-scrubbing a log costs little, a leaked
 * number of a minor does not.
 */
const NATIONAL_NUMBER =
  /(?<!(?<!\\)[0-9A-Za-z])(?:[0-9]{11}|[0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2})(?![0-9A-Za-z])/g;
/** A JWT (header, payload and signature, base64url): what a bearer token looks like. */
const JWT = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
/** Whatever follows `Bearer ` (a token that is not a JWT). */
const BEARER = /(Bearer\s+)[^\s"\\]+/gi;

/** What replaces a national number in a log line. */
export const SCRUBBED_NATIONAL_NUMBER = "[national number removed]";
/** What replaces a bearer token in a log line. */
export const SCRUBBED_TOKEN = "[token removed]";

/**
 * The last safeguard before a log line is written (pino's `streamWrite` hook): whatever an error message or a
 * stack trace quotes, a national number or a bearer token never reaches the log. The loggers themselves never
 * log tokens, variables or names; this catches what a message might echo from a request.
 */
export function scrubLogLine(line: string): string {
  return line
    .replace(JWT, SCRUBBED_TOKEN)
    .replace(BEARER, `$1${SCRUBBED_TOKEN}`)
    .replace(NATIONAL_NUMBER, SCRUBBED_NATIONAL_NUMBER);
}
