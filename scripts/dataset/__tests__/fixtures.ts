import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Dataset, generateDataset } from "../generateDataset";

/** Shared by the dataset tests: one small dataset per test file, and the migrations' code lists. */

let cached: Dataset | undefined;

/** The dataset the invariant tests read (scale 0.02, generated once per test file). */
export function smallDataset(): Dataset {
  cached ??= generateDataset({ seed: 20260630, scale: 0.02, nissHashKey: "test-key" });
  return cached;
}

/** Age in whole years on `on` of someone born on `birth`. */
export function age(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

const migrationFiles = {
  cefa: "subgraphs/cefa/migrations/000001_cefa.sql",
  ifapme: "subgraphs/ifapme/migrations/000001_ifapme.sql",
  sfpme: "subgraphs/sfpme/migrations/000001_sfpme.sql",
  offa: "subgraphs/offa/migrations/000001_offa_identity.sql",
} as const;

/**
 * The codes a migration inserts into its code list, by category (first column) for the providers; for OFFA,
 * the common trade codes under the category "TRADE". Read from the SQL itself so the tests follow it.
 */
export function codeLists(store: keyof typeof migrationFiles): Map<string, Set<string>> {
  const sql = readFileSync(join(__dirname, "../../..", migrationFiles[store]), "utf8");
  const lists = new Map<string, Set<string>>();
  const tuple = /\(\s*'((?:[^']|'')*)'\s*,\s*'((?:[^']|'')*)'\s*,\s*'(?:[^']|'')*'\s*\)/g;
  for (const insert of sql.split(/INSERT INTO/).slice(1)) {
    for (const match of insert.matchAll(tuple)) {
      const [category, code] = store === "offa" ? ["TRADE", match[1]] : [match[1], match[2]];
      const set = lists.get(category) ?? new Set<string>();
      set.add(code);
      lists.set(category, set);
    }
  }
  return lists;
}

/** Counts rows per value of `key`. */
export function countBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}
