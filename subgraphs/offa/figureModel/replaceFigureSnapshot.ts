import type { Database } from "../../kit";
import { MODEL_KEPT_DAYS } from "./figureModelScope";
import type { FigureSnapshotGroupRow } from "./FigureSnapshotGroupRow";

const COLUMNS: [keyof FigureSnapshotGroupRow, string, string][] = [
  ["provider", "provider", "text"],
  ["measure", "measure", "text"],
  ["period", "period", "text"],
  ["levelCode", "level_code", "text"],
  ["tradeCode", "trade_code", "text"],
  ["unitRegion", "unit_region", "text"],
  ["unitProvince", "unit_province", "text"],
  ["endReasonCode", "end_reason_code", "text"],
  ["previousLevelCode", "previous_level_code", "text"],
  ["withinYear", "within_year", "boolean"],
  ["certificationCode", "certification_code", "text"],
  ["enrolled", "enrolled", "boolean"],
  ["underContract", "under_contract", "boolean"],
  ["count", "count", "int"],
  ["contractDays", "contract_days", "int"],
];

/** Rows per INSERT: fifteen arrays of 5 000 values stay far below any message size limit. */
const CHUNK = 5_000;

/**
 * Replaces the snapshot of `day` in one transaction (a reader sees the old snapshot or the new one, never a mix)
 * and drops the snapshots older than MODEL_KEPT_DAYS before it. One INSERT … SELECT FROM unnest per 5 000 groups,
 * then ANALYZE.
 */
export async function replaceFigureSnapshot(
  db: Database,
  snapshot: { day: string; firstPeriod: string; lastPeriod: string },
  rows: readonly FigureSnapshotGroupRow[],
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query("DELETE FROM offa.figure_snapshot WHERE day = $1 OR day < $1::date - $2::int", [
      snapshot.day,
      MODEL_KEPT_DAYS,
    ]);
    await tx.query(
      `INSERT INTO offa.figure_snapshot (day, first_period, last_period, groups) VALUES ($1, $2, $3, $4)`,
      [snapshot.day, snapshot.firstPeriod, snapshot.lastPeriod, rows.length],
    );
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      await tx.query(
        `INSERT INTO offa.figure_snapshot_group (day, ${COLUMNS.map(([, column]) => column).join(", ")})
         SELECT $1::date, * FROM unnest(${COLUMNS.map(([, , type], index) => `$${index + 2}::${type}[]`).join(", ")})`,
        [snapshot.day, ...COLUMNS.map(([field]) => chunk.map((row) => row[field]))],
      );
    }
  });
  // Fresh statistics for the planner: with those of an empty table it sorts a snapshot's groups on disk to sum
  // them (114 ms for the national overview at scale 1) instead of hashing them in memory (28 ms).
  await db.exec("ANALYZE offa.figure_snapshot_group");
}
