import type { ServerResponse } from "node:http";

/** Answers with a GraphQL error body (nothing was executed), with a stable code when there is one. */
export function sendErrorResponse(
  res: ServerResponse,
  status: number,
  message: string,
  code?: string,
  headers: Record<string, string> = {},
): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(JSON.stringify({ errors: [{ message, extensions: code ? { code } : {} }] }));
}
