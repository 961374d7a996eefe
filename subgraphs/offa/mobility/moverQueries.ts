import type { Queryable } from "../../kit";
import type { MobilityMoveRow, MobilityRefresh } from "./MobilityMoveRow";

/** The filters of Query.movers, checked (moved_on from `from` to `to`, inclusive). */
export interface MoverFilter {
  from: string;
  to: string;
  fromProvider: string | null;
  toProvider: string | null;
  /** A common trade on either side of the move. */
  tradeCode: string | null;
  /** The region of the unit of the first contract at the new provider. */
  region: string | null;
  tradeChanged: boolean | null;
  levelOutcome: string | null;
  /** Provider staff: only moves from or to their provider. */
  involvingProvider: string | null;
}

/** Where a page starts: strictly after this move in (moved_on, learner_id, seq) order. */
export interface MoverCursor {
  movedOn: string;
  learnerId: string;
  seq: number;
}

const FILTER = `
  FROM offa.mobility_move m LEFT JOIN offa.establishment_unit u ON u.number = m.to_unit_number
 WHERE m.moved_on BETWEEN $1::date AND $2::date
   AND ($3::text IS NULL OR m.from_provider = $3)
   AND ($4::text IS NULL OR m.to_provider = $4)
   AND ($5::text IS NULL OR m.from_trade_common = $5 OR m.to_trade_common = $5)
   AND ($6::text IS NULL OR u.region = $6)
   AND ($7::boolean IS NULL OR m.trade_changed = $7)
   AND ($8::text IS NULL OR m.level_outcome = $8)
   AND ($9::text IS NULL OR m.from_provider = $9 OR m.to_provider = $9)`;

function filterParams(filter: MoverFilter): unknown[] {
  return [
    filter.from,
    filter.to,
    filter.fromProvider,
    filter.toProvider,
    filter.tradeCode,
    filter.region,
    filter.tradeChanged,
    filter.levelOutcome,
    filter.involvingProvider,
  ];
}

/** One page of moves in (moved_on, learner, seq) order, with the region of each move's new unit. */
export async function selectMoverPage(
  db: Queryable,
  filter: MoverFilter,
  after: MoverCursor | null,
  first: number,
): Promise<(MobilityMoveRow & { region: string | null })[]> {
  return db.query(
    `SELECT m.learner_id AS "learnerId", m.seq, m.moved_on AS "movedOn", m.from_provider AS "fromProvider",
            m.to_provider AS "toProvider", m.from_trade_native AS "fromTradeNative",
            m.from_trade_common AS "fromTradeCommon", m.to_trade_native AS "toTradeNative",
            m.to_trade_common AS "toTradeCommon", m.trade_changed AS "tradeChanged",
            m.level_before AS "levelBefore", m.level_after AS "levelAfter", m.level_outcome AS "levelOutcome",
            m.to_unit_number AS "toUnitNumber", u.region
     ${FILTER}
       AND ($10::date IS NULL OR (m.moved_on, m.learner_id, m.seq) > ($10::date, $11::text, $12::int))
     ORDER BY m.moved_on, m.learner_id, m.seq
     LIMIT $13`,
    [...filterParams(filter), after?.movedOn ?? null, after?.learnerId ?? null, after?.seq ?? null, first],
  );
}

/** How many moves and distinct learners match the filter (whatever the page). */
export async function countMovers(
  db: Queryable,
  filter: MoverFilter,
): Promise<{ moves: number; learners: number }> {
  const [row] = await db.query<{ moves: number; learners: number }>(
    `SELECT count(*)::int AS moves, count(DISTINCT m.learner_id)::int AS learners ${FILTER}`,
    filterParams(filter),
  );
  return row;
}

/** The last refresh of the read model, or null when it never ran. */
export async function selectLastRefresh(db: Queryable): Promise<MobilityRefresh | null> {
  const [row] = await db.query<MobilityRefresh>(
    `SELECT as_of AS "asOf", finished_at::text AS "finishedAt", learners, moves
       FROM offa.mobility_refresh ORDER BY id DESC LIMIT 1`,
  );
  return row ?? null;
}
