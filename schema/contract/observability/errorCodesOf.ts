/** What errorCodesOf reads of an error (a GraphQLFormattedError, or one parsed from a body). */
export interface ErrorWithExtensions {
  readonly extensions?: { readonly [key: string]: unknown };
}

/** The code an error without `extensions.code` is counted under. */
export const UNCODED_ERROR = "NO_CODE";

/**
 * The `extensions.code` of each error of a GraphQL response, as the caller sees them (after formatting and
 * masking), in order; an error without one counts as NO_CODE.
 */
export function errorCodesOf(errors: readonly ErrorWithExtensions[] | undefined): string[] {
  return (errors ?? []).map((error) => {
    const code = error.extensions?.code;
    return typeof code === "string" && code !== "" ? code : UNCODED_ERROR;
  });
}

/**
 * The error codes in a small JSON error body (a refusal answered before any GraphQL execution: 401, 413, 429):
 * `{ "errors": [{ "extensions": { "code": … } }] }`. Anything else gives no code.
 */
export function errorCodesInBody(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown };
    return Array.isArray(parsed.errors) ? errorCodesOf(parsed.errors as ErrorWithExtensions[]) : [];
  } catch {
    return [];
  }
}
