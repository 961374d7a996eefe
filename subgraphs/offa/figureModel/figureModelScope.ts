import type { figureContract } from "../../kit";

/*
 * What the figure model holds (a modelling choice, measured in ../figures/README.md): the dashboards' figures by
 * school year over the coordinates of a national overview and its usual splits. Kept coarse on purpose: each
 * native dimension multiplies the groups a snapshot keeps; a request beyond it (by month, by a learner's age,
 * postcode or track, by contract type, programmes and units with a learner) goes to the providers as before.
 */

/** The only granularity the model holds: the school year (a month would keep twelve times the groups). */
export const MODEL_GRANULARITY: figureContract.FigureGranularity = "SCHOOL_YEAR";

/** The native measures the model holds: every learner measure of the contract. */
export const MODEL_MEASURES: readonly figureContract.NativeMeasure[] = [
  "CERTIFICATIONS",
  "CONTRACTS_ENDED",
  "CONTRACTS_STARTED",
  "LEARNERS",
  "LEVEL_DECISIONS",
];

/**
 * The native dimensions the providers are asked for; `unitNumber` is kept as the unit's place in the register
 * (region and province), never as the unit.
 */
export const MODEL_DIMENSIONS: readonly figureContract.NativeDimension[] = [
  "levelCode",
  "tradeCode",
  "unitNumber",
];

/** How many school years a snapshot holds, ending with the one of its day: as many as one request may span. */
export const MODEL_SCHOOL_YEARS = 20;

/**
 * Snapshots kept (a modelling choice): a school year and a little more, so that the same day a year earlier can
 * still be compared; an older asOf is answered by the providers.
 */
export const MODEL_KEPT_DAYS = 400;

/** Whether the model can answer a provider request (its day aside): granularity, measures and dimensions. */
export function withinModelScope(request: figureContract.ProviderFigureRequest): boolean {
  return (
    request.granularity === MODEL_GRANULARITY &&
    request.measures.length > 0 &&
    request.measures.every((measure) => MODEL_MEASURES.includes(measure)) &&
    request.groupBy.every((dimension) => MODEL_DIMENSIONS.includes(dimension))
  );
}
