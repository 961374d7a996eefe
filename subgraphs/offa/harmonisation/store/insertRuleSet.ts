import type { Queryable } from "../../../kit/db/Database";
import type { LevelPayShare, RmmmgRow } from "../pay/PayReference";
import type { MappingRule } from "../rules/MappingRule";
import type { SchoolYearWeeks } from "../hours/SchoolYearWeeks";
import type { RuleSetFileRecord } from "./selectLatestRuleSet";

/**
 * Writes a new rule set and all its rows; run it inside the loader's transaction so the set appears whole or
 * not at all. Each table gets one statement over array parameters (unnest), never one statement per row.
 * Returns the new set's id, which from the commit on is the set in force.
 */
export async function insertRuleSet(
  tx: Queryable,
  set: {
    checksum: string;
    files: readonly RuleSetFileRecord[];
    rules: readonly MappingRule[];
    rmmmg: readonly RmmmgRow[];
    levelPayShares: readonly LevelPayShare[];
    schoolYearWeeks: readonly SchoolYearWeeks[];
  },
): Promise<number> {
  const [{ id }] = await tx.query<{ id: number }>(
    `INSERT INTO offa.rule_set (checksum, files) VALUES ($1, $2::jsonb) RETURNING id`,
    [set.checksum, JSON.stringify(set.files)],
  );
  const rules = set.rules;
  await tx.query(
    `INSERT INTO offa.mapping_rule
       (rule_set_id, namespace, kind, source_code, target_code, relationship, valid_from, valid_to, version, source)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[],
                              $9::int[], $10::text[])`,
    [
      id,
      rules.map((r) => r.namespace),
      rules.map((r) => r.kind),
      rules.map((r) => r.sourceCode),
      rules.map((r) => r.targetCode),
      rules.map((r) => r.relationship),
      rules.map((r) => r.validFrom),
      rules.map((r) => r.validTo),
      rules.map((r) => r.version),
      rules.map((r) => r.source),
    ],
  );
  const rmmmg = set.rmmmg;
  await tx.query(
    `INSERT INTO offa.rmmmg (rule_set_id, valid_from, valid_to, amount_cents, derived, source)
     SELECT $1, * FROM unnest($2::date[], $3::date[], $4::int[], $5::boolean[], $6::text[])`,
    [
      id,
      rmmmg.map((r) => r.validFrom),
      rmmmg.map((r) => r.validTo),
      rmmmg.map((r) => r.amountCents),
      rmmmg.map((r) => r.derived),
      rmmmg.map((r) => r.source),
    ],
  );
  const shares = set.levelPayShares;
  await tx.query(
    `INSERT INTO offa.level_pay_share (rule_set_id, level, percent, valid_from, valid_to, source)
     SELECT $1, * FROM unnest($2::text[], $3::int[], $4::date[], $5::date[], $6::text[])`,
    [
      id,
      shares.map((s) => s.level),
      shares.map((s) => s.percent),
      shares.map((s) => s.validFrom),
      shares.map((s) => s.validTo),
      shares.map((s) => s.source),
    ],
  );
  const weeks = set.schoolYearWeeks;
  await tx.query(
    `INSERT INTO offa.school_year_weeks (rule_set_id, valid_from, valid_to, weeks, source)
     SELECT $1, * FROM unnest($2::date[], $3::date[], $4::int[], $5::text[])`,
    [
      id,
      weeks.map((w) => w.validFrom),
      weeks.map((w) => w.validTo),
      weeks.map((w) => w.weeks),
      weeks.map((w) => w.source),
    ],
  );
  return id;
}
