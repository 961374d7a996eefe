import type { Database } from "../../kit";
import type { MobilityMoveRow } from "./MobilityMoveRow";

const COLUMNS: [keyof MobilityMoveRow, string, string][] = [
  ["learnerId", "learner_id", "text"],
  ["seq", "seq", "int"],
  ["movedOn", "moved_on", "date"],
  ["fromProvider", "from_provider", "text"],
  ["toProvider", "to_provider", "text"],
  ["fromTradeNative", "from_trade_native", "text"],
  ["fromTradeCommon", "from_trade_common", "text"],
  ["toTradeNative", "to_trade_native", "text"],
  ["toTradeCommon", "to_trade_common", "text"],
  ["tradeChanged", "trade_changed", "boolean"],
  ["levelBefore", "level_before", "text"],
  ["levelAfter", "level_after", "text"],
  ["levelOutcome", "level_outcome", "text"],
  ["toUnitNumber", "to_unit_number", "text"],
];

/**
 * Replaces the whole mobility read model in one transaction (readers see the old model or the new one, never a
 * mix) and records the refresh. One INSERT … SELECT FROM unnest per 5 000 moves.
 */
export async function replaceMobilityMoves(
  db: Database,
  moves: readonly MobilityMoveRow[],
  refresh: { asOf: string; learners: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query("DELETE FROM offa.mobility_move");
    for (let start = 0; start < moves.length; start += 5_000) {
      const chunk = moves.slice(start, start + 5_000);
      await tx.query(
        `INSERT INTO offa.mobility_move (${COLUMNS.map(([, column]) => column).join(", ")})
         SELECT * FROM unnest(${COLUMNS.map(([, , type], index) => `$${index + 1}::${type}[]`).join(", ")})`,
        COLUMNS.map(([field]) => chunk.map((move) => move[field])),
      );
    }
    await tx.query(
      `INSERT INTO offa.mobility_refresh (as_of, rule_set_id, learners, moves)
       VALUES ($1, (SELECT max(id) FROM offa.rule_set), $2, $3)`,
      [refresh.asOf, refresh.learners, moves.length],
    );
  });
}
