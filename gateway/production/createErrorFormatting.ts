import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { LimitError } from "../limits/limitError";

/** How the gateway formats every error it sends. */
export interface ErrorFormattingOptions {
  /** Mask every error whose code is not in `registeredCodes` (production). */
  maskUnregistered: boolean;
  /** Codes a client may see (readRegisteredErrorCodes). */
  registeredCodes: ReadonlySet<string>;
  /** Remove "Did you mean …?" from messages (the limits' blockFieldSuggestions). */
  maskSuggestions: boolean;
  /** Where a masked error's full detail goes: one JSON line (default: stderr). */
  log?: (line: string) => void;
}

/** The message every masked error gets: nothing about the cause, only how to find it in the server log. */
export const MASKED_MESSAGE = "Internal server error. Quote the requestId to the operators.";

/**
 * The one error boundary of the gateway's responses: a `formatError` for Apollo Server and the plugin that
 * tells it which request each error belongs to. It puts back the code of a limit refused in validation
 * (Apollo Server rewrites those to GRAPHQL_VALIDATION_FAILED), removes field suggestions when asked, and in
 * production masks every error without a registered code as INTERNAL_SERVER_ERROR with the request id,
 * logging its full detail (message, code, path, stack) to the server log under the same id.
 */
export function createErrorFormatting(options: ErrorFormattingOptions): {
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  plugin: ApolloServerPlugin;
} {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const requestIds = new WeakMap<object, string>();
  const plugin: ApolloServerPlugin = {
    async requestDidStart({ contextValue }) {
      const requestId = (contextValue as { requestId?: unknown }).requestId;
      if (typeof requestId !== "string") return;
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) requestIds.set(error, requestId);
        },
      };
    },
  };
  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limit = limitErrorOf(error);
    let result: GraphQLFormattedError = limit
      ? { ...formatted, extensions: { ...formatted.extensions, code: limit.code } }
      : formatted;
    const code = result.extensions?.code;
    if (options.maskUnregistered && (typeof code !== "string" || !options.registeredCodes.has(code))) {
      const requestId = (typeof error === "object" && error && requestIds.get(error)) || randomUUID();
      log(
        JSON.stringify({
          level: "error",
          time: new Date().toISOString(),
          msg: "masked error",
          requestId,
          code: code ?? null,
          message: formatted.message,
          path: formatted.path ?? null,
          extensions: formatted.extensions ?? null,
          stack: stackOf(error),
        }),
      );
      return { message: MASKED_MESSAGE, extensions: { code: "INTERNAL_SERVER_ERROR", requestId } };
    }
    if (options.maskSuggestions && /Did you mean/.test(result.message))
      result = { ...result, message: result.message.replace(/ ?Did you mean[^?]*\?/g, "") };
    return result;
  };
  return { formatError, plugin };
}

/** The LimitError behind an error (itself, or the one Apollo Server wrapped in a ValidationError). */
function limitErrorOf(error: unknown): LimitError | undefined {
  if (error instanceof LimitError) return error;
  if (error instanceof GraphQLError && error.originalError instanceof LimitError) return error.originalError;
  return undefined;
}

function stackOf(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  return [error.stack, original?.stack].filter(Boolean).join("\ncaused by: ") || null;
}
