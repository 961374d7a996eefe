/** The label value of every value past the cap. */
export const OTHER_LABEL = "other";
/** The label value of an operation without a name. */
export const ANONYMOUS_LABEL = "anonymous";

/**
 * Turns a value a client chooses (an operation name) into a metric label of bounded cardinality: the first
 * `limit` distinct values keep their own label, every later one is `other`; a value that is not a GraphQL name
 * (or is longer than 64 characters) is `other` too. Each distinct label is a time series Prometheus keeps, so a
 * client sending random names must not grow them without bound; with a safelist the names are bounded anyway.
 */
export function createBoundedLabel(limit: number): (value: string | null | undefined) => string {
  const kept = new Set<string>();
  return (value) => {
    if (value === null || value === undefined || value === "") return ANONYMOUS_LABEL;
    if (!/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(value)) return OTHER_LABEL;
    if (kept.has(value)) return value;
    if (kept.size >= limit) return OTHER_LABEL;
    kept.add(value);
    return value;
  };
}

/**
 * How many operation names keep their own label per server. A modelling choice: the project's own clients
 * (dashboards, scripts, README examples) use a few dozen; 100 leaves room and keeps a request counter under a
 * thousand series (names × operation types × outcomes).
 */
export const OPERATION_NAME_LABEL_LIMIT = 100;
