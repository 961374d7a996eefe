/**
 * JSON with object keys sorted at every level and no whitespace, so that one value has exactly one text: what
 * the audit chain hashes (a reordered key, or a driver that returns jsonb keys in another order, changes
 * nothing). Arrays keep their order. Only JSON values are accepted: `undefined`, functions and non-finite
 * numbers are refused rather than silently dropped.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(",")}}`;
  }
  throw new TypeError(`canonicalJson: a ${typeof value} is not a JSON value`);
}
