import type { Queryable } from "../../../kit/db/Database";

/** A rule set's record: one load of the mapping data files (offa.rule_set). */
export interface RuleSetRecord {
  id: number;
  checksum: string;
  files: RuleSetFileRecord[];
  loadedAt: string;
}

/** One file of a rule set: its role and name, its content hash and how many data rows it held. */
export interface RuleSetFileRecord {
  name: string;
  sha256: string;
  rows: number;
}

/** The rule set in force: the latest one loaded (highest id), or null before the first load. */
export async function selectLatestRuleSet(db: Queryable): Promise<RuleSetRecord | null> {
  const [row] = await db.query<RuleSetRecord>(
    `SELECT id, checksum, files, to_char(loaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "loadedAt"
       FROM offa.rule_set ORDER BY id DESC LIMIT 1`,
  );
  return row ?? null;
}
