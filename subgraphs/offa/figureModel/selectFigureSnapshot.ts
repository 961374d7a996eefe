import type { Queryable } from "../../kit";
import type { FigureSnapshot } from "./FigureSnapshotGroupRow";

/** The snapshot of `day`, or null when the model has none for that day. */
export async function selectFigureSnapshot(db: Queryable, day: string): Promise<FigureSnapshot | null> {
  const [row] = await db.query<FigureSnapshot>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS "day", first_period AS "firstPeriod", last_period AS "lastPeriod",
            groups, to_char(read_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "readAt"
       FROM offa.figure_snapshot WHERE day = $1`,
    [day],
  );
  return row ?? null;
}
