import type { FigureDimension, FigureGranularity, FigureMeasure } from "./figureEnums";

/**
 * A figure request as the client asked it, validated and normalised: it travels with the FigureTable entity
 * (its OFFA-only key field `query`, canonical JSON) so that OFFA can build the cells when the providers' groups
 * come back. `where` holds only the dimensions filtered on, each with its values sorted.
 */
export interface FigureQuery {
  readonly measures: readonly FigureMeasure[];
  readonly by: readonly FigureDimension[];
  readonly granularity: FigureGranularity;
  readonly from: string;
  readonly to: string;
  readonly asOf: string;
  readonly where: Readonly<Partial<Record<FigureDimension, readonly string[]>>>;
  /**
   * Set by Query.figures when OFFA's figure model answers (../figureModel): the day of the snapshot whose groups
   * stand for the providers' (always `asOf`). Absent: the providers' groups arrive through `@requires`.
   */
  readonly modelDay?: string;
}

/** The canonical JSON of a query: fixed key order, `where` by dimension name, values sorted. */
export function encodeFigureQuery(query: FigureQuery): string {
  const where = Object.fromEntries(
    Object.entries(query.where)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([dimension, values]) => [dimension, [...(values ?? [])].sort()]),
  );
  return JSON.stringify({
    measures: query.measures,
    by: query.by,
    granularity: query.granularity,
    from: query.from,
    to: query.to,
    asOf: query.asOf,
    where,
    ...(query.modelDay ? { modelDay: query.modelDay } : {}),
  });
}

/**
 * Reads a query back from the entity key. Only OFFA writes it (Query.figures, after validation); a malformed one
 * reached OFFA around the gateway, and is refused as a developer error.
 */
export function decodeFigureQuery(json: string): FigureQuery {
  const value = JSON.parse(json) as FigureQuery;
  if (!Array.isArray(value.measures) || !Array.isArray(value.by) || typeof value.asOf !== "string") {
    throw new Error("FigureTable.query is not a figure query written by Query.figures");
  }
  return value;
}
