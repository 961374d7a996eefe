import type { Queryable } from "../../../kit/db/Database";
import type { LevelPayShare, RmmmgRow } from "../pay/PayReference";
import type { MappingRule } from "../rules/MappingRule";
import type { SchoolYearWeeks } from "../hours/SchoolYearWeeks";

/**
 * Every row of one rule set: mapping rules, RMMMG rows, level pay shares and school-year weeks. Rows of a committed set never
 * change, so four statements filtered on one id read a consistent set even while a newer one is loaded.
 */
export async function selectRuleSetRows(
  db: Queryable,
  ruleSetId: number,
): Promise<{
  rules: MappingRule[];
  rmmmg: RmmmgRow[];
  levelPayShares: LevelPayShare[];
  schoolYearWeeks: SchoolYearWeeks[];
}> {
  const rules = await db.query<MappingRule>(
    `SELECT namespace, kind, source_code AS "sourceCode", target_code AS "targetCode", relationship,
            valid_from AS "validFrom", valid_to AS "validTo", version, source
       FROM offa.mapping_rule WHERE rule_set_id = $1
      ORDER BY namespace, kind, source_code, valid_from`,
    [ruleSetId],
  );
  const rmmmg = await db.query<RmmmgRow>(
    `SELECT valid_from AS "validFrom", valid_to AS "validTo", amount_cents AS "amountCents", derived, source
       FROM offa.rmmmg WHERE rule_set_id = $1 ORDER BY valid_from`,
    [ruleSetId],
  );
  const levelPayShares = await db.query<LevelPayShare>(
    `SELECT level, percent, valid_from AS "validFrom", valid_to AS "validTo", source
       FROM offa.level_pay_share WHERE rule_set_id = $1 ORDER BY level, valid_from`,
    [ruleSetId],
  );
  const schoolYearWeeks = await db.query<SchoolYearWeeks>(
    `SELECT valid_from AS "validFrom", valid_to AS "validTo", weeks, source
       FROM offa.school_year_weeks WHERE rule_set_id = $1 ORDER BY valid_from`,
    [ruleSetId],
  );
  return { rules, rmmmg, levelPayShares, schoolYearWeeks };
}
