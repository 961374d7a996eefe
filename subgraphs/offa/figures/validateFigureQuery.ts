import { clientError, figureContract } from "../../kit";
import { cardinalityOf, DIMENSIONS, isDimensionValue, type FigureVocabulary } from "./figureDimensions";
import { FigureDimension, FigureGranularity, FigureMeasure } from "./figureEnums";
import { MEASURES } from "./figureMeasures";
import { MAX_FIGURE_CELLS } from "./figureLimits";
import type { FigureQuery } from "./FigureQuery";

/** The arguments of Query.figures, as GraphQL gives them (enums and scalars already checked by validation). */
export interface FigureArguments {
  measures: readonly FigureMeasure[];
  by: readonly FigureDimension[];
  granularity: FigureGranularity;
  from: string;
  to: string;
  asOf: string;
  where: Partial<Record<FigureDimension, readonly string[] | null | undefined>>;
}

/**
 * Checks a figure request before any provider is asked, and normalises it (duplicates dropped, measures and
 * dimensions in the order asked). Every refusal is a client error with an OFFA_FIGURES_ code and the offending
 * values in `extensions`.
 */
export function validateFigureQuery(args: FigureArguments, vocabulary: FigureVocabulary): FigureQuery {
  const measures = [...new Set(args.measures)];
  const by = [...new Set(args.by)];
  if (measures.length === 0) {
    throw clientError("OFFA_FIGURES_NO_MEASURE", "Name at least one measure.", { argument: "measures" });
  }
  const periods = checkPeriods(args);
  const where: Partial<Record<FigureDimension, string[]>> = {};
  for (const [name, values] of Object.entries(args.where)) {
    if (values === null || values === undefined) continue;
    const dimension = name as FigureDimension;
    if (values.length === 0) {
      throw clientError(
        "OFFA_FIGURES_EMPTY_FILTER",
        `The filter on ${dimension} is empty: it would match nothing.`,
        {
          dimension,
        },
      );
    }
    for (const value of values) {
      if (!isDimensionValue(dimension, value, vocabulary)) {
        throw clientError(
          "OFFA_FIGURES_UNKNOWN_VALUE",
          `${JSON.stringify(value)} is not a value of ${dimension}.`,
          {
            dimension,
            value,
          },
        );
      }
    }
    where[dimension] = [...new Set(values)].sort();
  }
  const used = new Set<FigureDimension>([...by, ...(Object.keys(where) as FigureDimension[])]);
  for (const measure of measures) {
    const allowed = MEASURES[measure].dimensions;
    for (const dimension of used) {
      if (!allowed.includes(dimension)) {
        throw clientError(
          "OFFA_FIGURES_DIMENSION_NOT_APPLICABLE",
          `${measure} cannot be split or filtered by ${dimension}; it has ${allowed.join(", ")}.`,
          { measure, dimension },
        );
      }
    }
  }
  const estimatedCells =
    measures.length *
    periods *
    by.reduce(
      (cells, dimension) => cells * (where[dimension]?.length ?? cardinalityOf(dimension, vocabulary)),
      1,
    );
  if (estimatedCells > MAX_FIGURE_CELLS) {
    throw clientError(
      "OFFA_FIGURES_TOO_MANY_CELLS",
      `This request may produce ${estimatedCells} cells (${measures.length} measures × ${periods} periods × the values of ${by.join(", ")}); at most ${MAX_FIGURE_CELLS}. Split by fewer dimensions, filter with where, or ask for fewer periods.`,
      { estimatedCells, maxCells: MAX_FIGURE_CELLS },
    );
  }
  return {
    measures,
    by,
    granularity: args.granularity,
    from: args.from,
    to: args.to,
    asOf: args.asOf,
    where,
  };
}

/** The number of periods asked, after checking their names, order, length and asOf. */
function checkPeriods(args: FigureArguments): number {
  const { granularity, from, to, asOf } = args;
  let periods: figureContract.FigurePeriod[];
  for (const [argument, name] of [
    ["from", from],
    ["to", to],
  ] as const) {
    try {
      figureContract.periodsBetween(granularity, name, name);
    } catch {
      const example = granularity === FigureGranularity.SCHOOL_YEAR ? "2023-2024" : "2023-09";
      throw clientError(
        "OFFA_FIGURES_PERIOD_INVALID",
        `${argument} ${JSON.stringify(name)} is not a ${granularity === FigureGranularity.SCHOOL_YEAR ? "school year" : "month"} like ${example}.`,
        { argument, value: name, granularity },
      );
    }
  }
  try {
    periods = figureContract.periodsBetween(granularity, from, to);
  } catch {
    throw clientError(
      "OFFA_FIGURES_PERIOD_REVERSED",
      `The periods end (${to}) before they start (${from}).`,
      {
        from,
        to,
      },
    );
  }
  const maxPeriods = figureContract.MAX_FIGURE_PERIODS[granularity];
  if (periods.length > maxPeriods) {
    throw clientError(
      "OFFA_FIGURES_TOO_MANY_PERIODS",
      `${from} to ${to} is ${periods.length} periods; at most ${maxPeriods} ${granularity === FigureGranularity.SCHOOL_YEAR ? "school years" : "months"} per request.`,
      { from, to, periods: periods.length, maxPeriods },
    );
  }
  const first = periods[0];
  if (first !== undefined && first.firstDay > asOf) {
    throw clientError(
      "OFFA_FIGURES_PERIOD_AFTER_AS_OF",
      `${from} starts on ${first.firstDay}, after asOf ${asOf}: none of its days exists yet on that date.`,
      { from, asOf },
    );
  }
  return periods.length;
}

/** The native dimensions the providers must group by for a query (split or filtered dimensions). */
export function nativeDimensionsOf(query: FigureQuery): figureContract.NativeDimension[] {
  const dimensions = new Set<figureContract.NativeDimension>();
  for (const dimension of [...query.by, ...(Object.keys(query.where) as FigureDimension[])]) {
    for (const native of DIMENSIONS[dimension].natives) dimensions.add(native);
  }
  return [...dimensions].sort();
}
