import type { Queryable } from "../../../kit";
import { readRuleBook } from "./readRuleBook";
import type { RuleBook } from "./RuleBook";

/**
 * The rule set in force, read once per loaded set rather than once per request: each request asks the store
 * for the latest set id (one small statement) and reloads only when a newer set was loaded. Keyed by store so
 * two stores in one process (tests) never share a book.
 */
const cache = new WeakMap<object, { ruleSetId: number | null; book: RuleBook }>();

export async function currentRuleBook(db: Queryable & object): Promise<RuleBook> {
  const [latest] = await db.query<{ id: number | null }>(`SELECT max(id) AS id FROM offa.rule_set`);
  const ruleSetId = latest?.id ?? null;
  const cached = cache.get(db);
  if (cached && cached.ruleSetId === ruleSetId) return cached.book;
  const book = await readRuleBook(db);
  cache.set(db, { ruleSetId: book.ruleSetId, book });
  return book;
}
