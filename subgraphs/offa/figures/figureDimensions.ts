import type { figureContract } from "../../kit";
import { ComplianceCheck } from "../commonModel/enums";
import { AGE_BANDS } from "./ageBand";
import { FigureDimension } from "./figureEnums";
import { POSTCODE_PROVINCES, POSTCODE_REGIONS } from "./provinceOfPostcode";

type NativeDimension = figureContract.NativeDimension;

/** The coordinate of a group with no native value for the dimension (no contract, so no level; no unit…). */
export const NONE = "NONE";
/** A native code no rule in force on asOf maps (or mapped on purpose to nothing): never spread over the others. */
export const UNMAPPED = "UNMAPPED";
/** A native code whose rules name several common values (NARROWER candidates): which one applies is not recorded. */
export const AMBIGUOUS = "AMBIGUOUS";
/** A unit number the register lacks, or a postcode outside the Belgian ranges. */
export const UNKNOWN = "UNKNOWN";

/** The common vocabularies whose codes are coordinates: read from OFFA's store once per request. */
export interface FigureVocabulary {
  trades: readonly string[];
  contractTypes: readonly string[];
  endReasons: readonly string[];
}

/**
 * What each dimension needs from the providers and which values it can take. `values` is null for TRACK: the
 * providers' tracks have no common list, so a track coordinate is the provider's code prefixed by the provider
 * (CEFA:ART45); `estimatedValues` is then the estimate the cell cap uses (a modelling choice: the providers have a
 * handful of tracks each).
 */
export interface DimensionSpec {
  /** The native dimensions the providers must group by; none for PROVIDER and END_REASON (always present). */
  natives: readonly NativeDimension[];
  values: (vocabulary: FigureVocabulary) => readonly string[] | null;
  estimatedValues: number;
}

const coded = (codes: readonly string[]) => [...codes, AMBIGUOUS, UNMAPPED, NONE];

export const DIMENSIONS: Readonly<Record<FigureDimension, DimensionSpec>> = {
  [FigureDimension.PROVIDER]: { natives: [], values: () => ["CEFA", "IFAPME", "SFPME"], estimatedValues: 3 },
  [FigureDimension.LEVEL]: {
    natives: ["levelCode"],
    values: () => coded(["A", "B", "C"]),
    estimatedValues: 6,
  },
  [FigureDimension.TRADE]: { natives: ["tradeCode"], values: (v) => coded(v.trades), estimatedValues: 0 },
  [FigureDimension.UNIT_REGION]: {
    natives: ["unitNumber"],
    values: () => ["WAL", "BXL", UNKNOWN, NONE],
    estimatedValues: 4,
  },
  [FigureDimension.UNIT_PROVINCE]: {
    natives: ["unitNumber"],
    values: () => ["BXL", "BRW", "HAI", "LIE", "LUX", "NAM", UNKNOWN, NONE],
    estimatedValues: 8,
  },
  [FigureDimension.LEARNER_REGION]: {
    natives: ["learnerPostcode"],
    values: () => [...POSTCODE_REGIONS, UNKNOWN, NONE],
    estimatedValues: 5,
  },
  [FigureDimension.LEARNER_PROVINCE]: {
    natives: ["learnerPostcode"],
    values: () => [...POSTCODE_PROVINCES, UNKNOWN, NONE],
    estimatedValues: 13,
  },
  [FigureDimension.AGE_BAND]: {
    natives: ["ageYears"],
    values: () => [...AGE_BANDS, NONE],
    estimatedValues: 5,
  },
  [FigureDimension.TRACK]: { natives: ["trackCode"], values: () => null, estimatedValues: 12 },
  [FigureDimension.CONTRACT_TYPE]: {
    natives: ["contractTypeCode"],
    values: (v) => coded(v.contractTypes),
    estimatedValues: 0,
  },
  [FigureDimension.END_REASON]: { natives: [], values: (v) => coded(v.endReasons), estimatedValues: 0 },
  [FigureDimension.FROM_PROVIDER]: {
    natives: [],
    values: () => ["CEFA", "IFAPME", "SFPME"],
    estimatedValues: 3,
  },
  [FigureDimension.TO_PROVIDER]: {
    natives: [],
    values: () => ["CEFA", "IFAPME", "SFPME"],
    estimatedValues: 3,
  },
  [FigureDimension.COMPLIANCE_CODE]: {
    natives: [],
    values: () => Object.values(ComplianceCheck),
    estimatedValues: Object.values(ComplianceCheck).length,
  },
  [FigureDimension.PLACE_REGION]: {
    natives: ["unitNumber", "learnerPostcode"],
    values: () => [...POSTCODE_REGIONS, UNKNOWN, NONE],
    estimatedValues: 5,
  },
};

/** A TRACK coordinate: the provider's name, a colon, its own track code. */
export const TRACK_VALUE = /^(CEFA|IFAPME|SFPME):[^\s:]+$|^NONE$/;

/** How many values a dimension may take, for the cell estimate. */
export function cardinalityOf(dimension: FigureDimension, vocabulary: FigureVocabulary): number {
  const values = DIMENSIONS[dimension].values(vocabulary);
  return values === null ? DIMENSIONS[dimension].estimatedValues : values.length;
}

/** Whether a value is a coordinate a dimension can take. */
export function isDimensionValue(
  dimension: FigureDimension,
  value: string,
  vocabulary: FigureVocabulary,
): boolean {
  const values = DIMENSIONS[dimension].values(vocabulary);
  return values === null ? TRACK_VALUE.test(value) : values.includes(value);
}
