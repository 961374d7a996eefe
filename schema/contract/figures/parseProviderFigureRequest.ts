import {
  MAX_FIGURE_PERIODS,
  NATIVE_DIMENSIONS,
  NATIVE_MEASURES,
  type FigureGranularity,
  type NativeDimension,
  type NativeMeasure,
  type ProviderFigureRequest,
} from "./nativeFigures";
import { encodeProviderFigureRequest } from "./encodeProviderFigureRequest";
import { periodsBetween } from "./periods";

/** Why a FigureTable key was refused (a provider subgraph answers it as BAD_USER_INPUT, before any SQL). */
export class FigureRequestError extends Error {
  override readonly name = "FigureRequestError";
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a FigureTable key back into a request, refusing anything a provider must not run: unknown measures or
 * dimensions, malformed or reversed periods, more periods than MAX_FIGURE_PERIODS, a non-canonical encoding.
 */
export function parseProviderFigureRequest(key: string): ProviderFigureRequest {
  let raw: unknown;
  try {
    raw = JSON.parse(key);
  } catch {
    throw new FigureRequestError("the figure request is not JSON");
  }
  if (typeof raw !== "object" || raw === null)
    throw new FigureRequestError("the figure request is not an object");
  const value = raw as Record<string, unknown>;
  const asOf = value.asOf;
  if (typeof asOf !== "string" || !DATE.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`))) {
    throw new FigureRequestError("asOf must be a date YYYY-MM-DD");
  }
  const granularity = value.granularity;
  if (granularity !== "SCHOOL_YEAR" && granularity !== "MONTH") {
    throw new FigureRequestError("granularity must be SCHOOL_YEAR or MONTH");
  }
  const fromPeriod = value.fromPeriod;
  const toPeriod = value.toPeriod;
  if (typeof fromPeriod !== "string" || typeof toPeriod !== "string") {
    throw new FigureRequestError("fromPeriod and toPeriod are required");
  }
  let periods;
  try {
    periods = periodsBetween(granularity as FigureGranularity, fromPeriod, toPeriod);
  } catch (error) {
    throw new FigureRequestError((error as Error).message);
  }
  if (periods.length > MAX_FIGURE_PERIODS[granularity as FigureGranularity]) {
    throw new FigureRequestError(`at most ${MAX_FIGURE_PERIODS[granularity as FigureGranularity]} periods`);
  }
  const measures = stringList(value.measures, "measures");
  for (const measure of measures) {
    if (!(NATIVE_MEASURES as readonly string[]).includes(measure)) {
      throw new FigureRequestError(`unknown measure ${measure}`);
    }
  }
  const groupBy = stringList(value.groupBy, "groupBy");
  for (const dimension of groupBy) {
    if (!(NATIVE_DIMENSIONS as readonly string[]).includes(dimension)) {
      throw new FigureRequestError(`unknown dimension ${dimension}`);
    }
  }
  const request: ProviderFigureRequest = {
    asOf,
    granularity: granularity as FigureGranularity,
    fromPeriod,
    toPeriod,
    measures: measures as NativeMeasure[],
    groupBy: groupBy as NativeDimension[],
  };
  if (encodeProviderFigureRequest(request) !== key) {
    throw new FigureRequestError("the figure request is not in canonical form");
  }
  return request;
}

function stringList(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
    throw new FigureRequestError(`${name} must be a list of names`);
  }
  return value as string[];
}
