import type { Queryable } from "../../../kit/db/Database";
import { selectLatestRuleSet } from "../store/selectLatestRuleSet";
import { selectRuleSetRows } from "../store/selectRuleSetRows";
import { RuleBook } from "./RuleBook";

/**
 * Reads the rule set in force (the latest loaded) with its RMMMG rows and pay shares into a RuleBook. Before the
 * first load the book is empty: every code resolves UNMAPPED and every minimum pay is unknown, which is the
 * honest answer (domain.md §10: never infer).
 */
export async function readRuleBook(db: Queryable): Promise<RuleBook> {
  const latest = await selectLatestRuleSet(db);
  if (latest === null) return RuleBook.empty();
  const rows = await selectRuleSetRows(db, latest.id);
  return RuleBook.fromRows({ ruleSetId: latest.id, ...rows });
}
