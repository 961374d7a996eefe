import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { developmentPseudonymKeys } from "../../../subgraphs/kit/pseudonyms";
import { type Dataset, generateDataset } from "../generateDataset";

/** Shared by the dataset tests: one small dataset per test file, and the migrations' code lists. */

let cached: Dataset | undefined;

/** The dataset the invariant tests read (scale 0.02, generated once per test file). */
export function smallDataset(): Dataset {
  cached ??= generateDataset({ seed: 20260630, scale: 0.02, pseudonymKeys: developmentPseudonymKeys() });
  return cached;
}

/** Age in whole years on `on` of someone born on `birth`. */
export function age(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

const migrationFolders = {
  cefa: "subgraphs/cefa/migrations",
  ifapme: "subgraphs/ifapme/migrations",
  sfpme: "subgraphs/sfpme/migrations",
  offa: "subgraphs/offa/migrations",
} as const;

/**
 * The codes a store's migrations leave in its code list, by category (first column) for the providers; for
 * OFFA, the common trade codes under the category "TRADE". Read from the SQL itself, every migration in order
 * (inserts add, `DELETE … WHERE <category column> = '…' AND code IN (…)` removes), so the tests follow it.
 */
export function codeLists(store: keyof typeof migrationFolders): Map<string, Set<string>> {
  const folder = join(__dirname, "../../..", migrationFolders[store]);
  const lists = new Map<string, Set<string>>();
  const tuple = /\(\s*'((?:[^']|'')*)'\s*,\s*'((?:[^']|'')*)'\s*,\s*'(?:[^']|'')*'/g;
  const deletion = /DELETE FROM \w+\.\w+ WHERE \w+ = '([^']+)' AND code (?:IN \(([^)]*)\)|= '([^']+)')/g;
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith(".sql"))
    .sort()) {
    const sql = readFileSync(join(folder, file), "utf8").replace(/--.*$/gm, "");
    for (const statement of sql.split(";")) {
      if (statement.includes("INSERT INTO")) {
        if (store === "offa" && !statement.includes("INSERT INTO offa.common_trade")) continue;
        for (const match of statement.matchAll(tuple)) {
          const [category, code] = store === "offa" ? ["TRADE", match[1]] : [match[1], match[2]];
          const set = lists.get(category) ?? new Set<string>();
          set.add(code);
          lists.set(category, set);
        }
      }
      for (const match of statement.matchAll(deletion)) {
        const codes = match[2] ? [...match[2].matchAll(/'([^']+)'/g)].map((m) => m[1]) : [match[3]];
        for (const code of codes) lists.get(match[1])?.delete(code);
      }
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
