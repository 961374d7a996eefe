/** A JSON body parsed as Apollo's standalone body-parser does; other bodies go to Apollo Server as absent. */
export function parseJsonBody(
  method: string,
  contentType: string | undefined,
  body: Buffer,
): { kind: "ok"; body: unknown } | { kind: "error"; status: 400 | 415; message: string } {
  if (method !== "POST" || !contentType) return { kind: "ok", body: undefined };
  const [mediaType, ...parameters] = contentType.split(";").map((part) => part.trim().toLowerCase());
  if (mediaType !== "application/json" && !mediaType.endsWith("+json"))
    return { kind: "ok", body: undefined };
  const charset = parameters
    .find((p) => p.startsWith("charset="))
    ?.slice("charset=".length)
    .replace(/"/g, "");
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8")
    return { kind: "error", status: 415, message: `Unsupported charset "${charset.toUpperCase()}"` };
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    if (typeof value !== "object" || value === null)
      return { kind: "error", status: 400, message: "The JSON body must be an object or an array" };
    return { kind: "ok", body: value };
  } catch {
    return { kind: "error", status: 400, message: "The body is not valid JSON" };
  }
}
