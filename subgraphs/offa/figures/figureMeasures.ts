import type { figureContract } from "../../kit";
import { FigureDimension, FigureMeasure } from "./figureEnums";

type NativeMeasure = figureContract.NativeMeasure;
type NativeFigureGroup = figureContract.NativeFigureGroup;

/**
 * A counted table OFFA builds from the providers' groups (or its own register): each cell sums `count` (and
 * `days`) of the groups it selects. Count measures are one table each; ratios are computed from tables.
 */
export type CountTable =
  | "ENROLLED"
  | "UNDER_CONTRACT"
  | "ENROLLED_WITHOUT_CONTRACT"
  | "STARTED"
  | "ENDED_AT_TERM"
  | "ENDED_EARLY"
  | "A_TO_B"
  | "B_TO_C"
  | "CERTIFICATIONS"
  | "UNITS_WITH_LEARNER"
  | "ACCREDITED_UNITS"
  | "PROGRAMMES"
  | "MOVES"
  | "COMPLIANCE_FINDINGS";

/** A common value a native code resolves to on asOf, with the candidates of an AMBIGUOUS one. */
export interface ResolvedCode {
  status: "MAPPED" | "AMBIGUOUS" | "UNMAPPED" | "NONE";
  target: string | null;
  candidates: readonly string[];
}

/** Resolves a provider's native code of a kind with the rules in force on asOf. */
export type ResolveCode = (kind: "LEVEL" | "END_REASON", code: string | null) => ResolvedCode;

/** Where a counted table comes from and which groups it counts. */
export interface CountTableSpec {
  /** The native measure the providers aggregate; null for OFFA's own register (ACCREDITED_UNITS). */
  native: NativeMeasure | null;
  /** Whether a group of the native measure counts in this table. */
  selects: (group: NativeFigureGroup, resolve: ResolveCode) => boolean;
}

const always = () => true;

/** The common END_REASON code of a contract that reached its planned end (offa.common_end_reason). */
const TERM = "TERM";

export const COUNT_TABLES: Readonly<Record<CountTable, CountTableSpec>> = {
  ENROLLED: { native: "LEARNERS", selects: (g) => g.enrolled === true },
  UNDER_CONTRACT: { native: "LEARNERS", selects: (g) => g.underContract === true },
  ENROLLED_WITHOUT_CONTRACT: {
    native: "LEARNERS",
    selects: (g) => g.enrolled === true && g.underContract !== true,
  },
  STARTED: { native: "CONTRACTS_STARTED", selects: always },
  // At term: the end reason maps to TERM on asOf. Early: it maps to another common reason, or is AMBIGUOUS
  // between reasons none of which is TERM. A reason UNMAPPED, AMBIGUOUS with TERM among its candidates, or not
  // recorded counts in neither (never guessed, domain.md §10): a modelling choice, see README.
  ENDED_AT_TERM: {
    native: "CONTRACTS_ENDED",
    selects: (g, resolve) => {
      const reason = resolve("END_REASON", g.endReasonCode);
      return reason.status === "MAPPED" && reason.target === TERM;
    },
  },
  ENDED_EARLY: {
    native: "CONTRACTS_ENDED",
    selects: (g, resolve) => {
      const reason = resolve("END_REASON", g.endReasonCode);
      if (reason.status === "MAPPED") return reason.target !== TERM;
      return reason.status === "AMBIGUOUS" && !reason.candidates.includes(TERM);
    },
  },
  // A progression is a level decision giving B (C) whose previous decision on the same learner gave A (B), within
  // 365 days of it (the providers' `withinYear`), counted in the period of the new decision; both codes are
  // resolved with the rules in force on asOf and only MAPPED ones count. A modelling choice (issue 11: "A→B and B→C
  // within 12 months").
  A_TO_B: { native: "LEVEL_DECISIONS", selects: (g, resolve) => isProgression(g, resolve, "A", "B") },
  B_TO_C: { native: "LEVEL_DECISIONS", selects: (g, resolve) => isProgression(g, resolve, "B", "C") },
  CERTIFICATIONS: { native: "CERTIFICATIONS", selects: always },
  UNITS_WITH_LEARNER: { native: "UNITS_WITH_LEARNER", selects: always },
  ACCREDITED_UNITS: { native: null, selects: always },
  PROGRAMMES: { native: "PROGRAMMES", selects: always },
  MOVES: { native: null, selects: always },
  COMPLIANCE_FINDINGS: { native: null, selects: always },
};

function isProgression(g: NativeFigureGroup, resolve: ResolveCode, from: string, to: string): boolean {
  if (g.withinYear !== true) return false;
  const before = resolve("LEVEL", g.previousLevelCode);
  const after = resolve("LEVEL", g.levelCode);
  return (
    before.status === "MAPPED" && before.target === from && after.status === "MAPPED" && after.target === to
  );
}

/** How a public measure is computed from the counted tables. */
export type MeasureSpec =
  | { kind: "COUNT"; table: CountTable; dimensions: readonly FigureDimension[] }
  | {
      kind: "PLACEMENT_RATE";
      tables: readonly ["ENROLLED", "ENROLLED_WITHOUT_CONTRACT"];
      dimensions: readonly FigureDimension[];
    }
  | { kind: "AVERAGE_MONTHS"; tables: readonly ["UNDER_CONTRACT"]; dimensions: readonly FigureDimension[] };

const { PROVIDER, LEVEL, TRADE, UNIT_REGION, UNIT_PROVINCE, LEARNER_REGION, LEARNER_PROVINCE } =
  FigureDimension;
const { AGE_BAND, TRACK, CONTRACT_TYPE, END_REASON, PLACE_REGION, FROM_PROVIDER, TO_PROVIDER } =
  FigureDimension;
const { COMPLIANCE_CODE } = FigureDimension;

/** Dimensions of anything a learner's contract or enrolment carries. */
const LEARNER_DIMENSIONS = [
  PROVIDER,
  LEVEL,
  TRADE,
  UNIT_REGION,
  UNIT_PROVINCE,
  LEARNER_REGION,
  LEARNER_PROVINCE,
  AGE_BAND,
  TRACK,
  CONTRACT_TYPE,
  PLACE_REGION,
] as const;

/** Days in an average month (365.25 / 12): a modelling choice to turn days under contract into months. */
export const DAYS_PER_MONTH = 30.4375;

export const MEASURES: Readonly<Record<FigureMeasure, MeasureSpec>> = {
  [FigureMeasure.LEARNERS_ENROLLED]: { kind: "COUNT", table: "ENROLLED", dimensions: LEARNER_DIMENSIONS },
  [FigureMeasure.LEARNERS_UNDER_CONTRACT]: {
    kind: "COUNT",
    table: "UNDER_CONTRACT",
    dimensions: LEARNER_DIMENSIONS,
  },
  [FigureMeasure.LEARNERS_ENROLLED_WITHOUT_CONTRACT]: {
    kind: "COUNT",
    table: "ENROLLED_WITHOUT_CONTRACT",
    dimensions: LEARNER_DIMENSIONS,
  },
  [FigureMeasure.PLACEMENT_RATE]: {
    kind: "PLACEMENT_RATE",
    tables: ["ENROLLED", "ENROLLED_WITHOUT_CONTRACT"],
    dimensions: LEARNER_DIMENSIONS,
  },
  [FigureMeasure.AVERAGE_MONTHS_UNDER_CONTRACT]: {
    kind: "AVERAGE_MONTHS",
    tables: ["UNDER_CONTRACT"],
    dimensions: LEARNER_DIMENSIONS,
  },
  [FigureMeasure.CONTRACTS_STARTED]: { kind: "COUNT", table: "STARTED", dimensions: LEARNER_DIMENSIONS },
  [FigureMeasure.CONTRACTS_ENDED_AT_TERM]: {
    kind: "COUNT",
    table: "ENDED_AT_TERM",
    dimensions: [...LEARNER_DIMENSIONS, END_REASON],
  },
  [FigureMeasure.CONTRACTS_ENDED_EARLY]: {
    kind: "COUNT",
    table: "ENDED_EARLY",
    dimensions: [...LEARNER_DIMENSIONS, END_REASON],
  },
  [FigureMeasure.LEVEL_PROGRESSION_A_TO_B]: {
    kind: "COUNT",
    table: "A_TO_B",
    dimensions: LEARNER_DIMENSIONS,
  },
  [FigureMeasure.LEVEL_PROGRESSION_B_TO_C]: {
    kind: "COUNT",
    table: "B_TO_C",
    dimensions: LEARNER_DIMENSIONS,
  },
  [FigureMeasure.CERTIFICATIONS_AWARDED]: {
    kind: "COUNT",
    table: "CERTIFICATIONS",
    dimensions: LEARNER_DIMENSIONS,
  },
  [FigureMeasure.UNITS_WITH_LEARNER]: {
    kind: "COUNT",
    table: "UNITS_WITH_LEARNER",
    dimensions: [PROVIDER, TRADE, UNIT_REGION, UNIT_PROVINCE, PLACE_REGION],
  },
  [FigureMeasure.PROGRAMMES_TAUGHT]: {
    kind: "COUNT",
    table: "PROGRAMMES",
    dimensions: [PROVIDER, TRADE, PLACE_REGION],
  },
  [FigureMeasure.ACCREDITED_UNITS]: {
    kind: "COUNT",
    table: "ACCREDITED_UNITS",
    dimensions: [TRADE, UNIT_REGION, UNIT_PROVINCE, PLACE_REGION],
  },
  [FigureMeasure.MOVERS]: {
    kind: "COUNT",
    table: "MOVES",
    dimensions: [FROM_PROVIDER, TO_PROVIDER, TRADE, UNIT_REGION, UNIT_PROVINCE, PLACE_REGION],
  },
  [FigureMeasure.COMPLIANCE_FINDINGS]: {
    kind: "COUNT",
    table: "COMPLIANCE_FINDINGS",
    dimensions: [COMPLIANCE_CODE, PROVIDER, LEVEL, TRADE, UNIT_REGION, UNIT_PROVINCE, PLACE_REGION],
  },
};

/** The counted tables a measure needs. */
export function tablesOf(measure: FigureMeasure): readonly CountTable[] {
  const spec = MEASURES[measure];
  return spec.kind === "COUNT" ? [spec.table] : spec.tables;
}
