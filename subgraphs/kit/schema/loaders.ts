import DataLoader from "dataloader";

/**
 * A DataLoader for rows looked up by a unique key, fed by ONE statement over all keys of a batch
 * (`WHERE key = ANY($1)`). Missing keys resolve to null. Create one per request.
 */
export function createBatchLoader<Row>(
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): DataLoader<string, Row | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A DataLoader for the rows that belong to a parent key (a learner's contracts), fed by ONE statement over
 * all parent keys of a batch. Rows keep the statement's order. Create one per request.
 */
export function createGroupLoader<Row>(
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  parentOf: (row: Row) => string,
): DataLoader<string, Row[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, Row[]>();
    for (const row of await fetch(keys)) {
      const parent = parentOf(row);
      const group = groups.get(parent);
      if (group) group.push(row);
      else groups.set(parent, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
