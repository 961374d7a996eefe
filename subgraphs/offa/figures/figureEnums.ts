import { registerEnumType } from "type-graphql";

/**
 * The figures a dashboard may ask for (issue 11). Counts of learners, contracts, decisions, certificates and units,
 * and two ratios computed from counts of the same response (PLACEMENT_RATE, AVERAGE_MONTHS_UNDER_CONTRACT). Their
 * exact definitions are in figureMeasures.ts and the folder README.
 */
export enum FigureMeasure {
  LEARNERS_ENROLLED = "LEARNERS_ENROLLED",
  LEARNERS_UNDER_CONTRACT = "LEARNERS_UNDER_CONTRACT",
  LEARNERS_ENROLLED_WITHOUT_CONTRACT = "LEARNERS_ENROLLED_WITHOUT_CONTRACT",
  PLACEMENT_RATE = "PLACEMENT_RATE",
  CONTRACTS_STARTED = "CONTRACTS_STARTED",
  CONTRACTS_ENDED_AT_TERM = "CONTRACTS_ENDED_AT_TERM",
  CONTRACTS_ENDED_EARLY = "CONTRACTS_ENDED_EARLY",
  AVERAGE_MONTHS_UNDER_CONTRACT = "AVERAGE_MONTHS_UNDER_CONTRACT",
  LEVEL_PROGRESSION_A_TO_B = "LEVEL_PROGRESSION_A_TO_B",
  LEVEL_PROGRESSION_B_TO_C = "LEVEL_PROGRESSION_B_TO_C",
  CERTIFICATIONS_AWARDED = "CERTIFICATIONS_AWARDED",
  ACCREDITED_UNITS = "ACCREDITED_UNITS",
  UNITS_WITH_LEARNER = "UNITS_WITH_LEARNER",
  PROGRAMMES_TAUGHT = "PROGRAMMES_TAUGHT",
  MOVERS = "MOVERS",
  COMPLIANCE_FINDINGS = "COMPLIANCE_FINDINGS",
}

registerEnumType(FigureMeasure, {
  name: "FigureMeasure",
  description:
    "What a figure counts. Counts per period: LEARNERS_* (learners active in the period, by their last active day), CONTRACTS_STARTED / _ENDED_AT_TERM / _ENDED_EARLY, LEVEL_PROGRESSION_A_TO_B / _B_TO_C (level decisions giving B after A, or C after B, within 365 days), CERTIFICATIONS_AWARDED, ACCREDITED_UNITS (units of OFFA's register with an agrément in force on the period's last day, capped at asOf), UNITS_WITH_LEARNER (units with a contract in force in the period), PROGRAMMES_TAUGHT ((trade, site) pairs a provider teaches with an enrolment in the period), MOVERS (learners who moved between providers in the period, from OFFA's mobility model, by FROM_PROVIDER / TO_PROVIDER, the new trade and the new unit's region), COMPLIANCE_FINDINGS (learners with a contract a compliance check flagged in a month of the period, from OFFA's compliance model, by COMPLIANCE_CODE, PROVIDER, the level on the contract's last day in the month, its trade and its unit's region). Ratios: PLACEMENT_RATE (enrolled learners under contract / enrolled learners), AVERAGE_MONTHS_UNDER_CONTRACT (days under contract in the period / learners under contract / 30.4375).",
});

/** How a figure may be split; each value of a cell's coordinate is a common value, never a provider code. */
export enum FigureDimension {
  PROVIDER = "PROVIDER",
  LEVEL = "LEVEL",
  TRADE = "TRADE",
  UNIT_REGION = "UNIT_REGION",
  UNIT_PROVINCE = "UNIT_PROVINCE",
  LEARNER_REGION = "LEARNER_REGION",
  LEARNER_PROVINCE = "LEARNER_PROVINCE",
  AGE_BAND = "AGE_BAND",
  TRACK = "TRACK",
  CONTRACT_TYPE = "CONTRACT_TYPE",
  END_REASON = "END_REASON",
  PLACE_REGION = "PLACE_REGION",
  FROM_PROVIDER = "FROM_PROVIDER",
  TO_PROVIDER = "TO_PROVIDER",
  COMPLIANCE_CODE = "COMPLIANCE_CODE",
}

registerEnumType(FigureDimension, {
  name: "FigureDimension",
  description:
    "PROVIDER (CEFA, IFAPME, SFPME); LEVEL (A, B, C; AMBIGUOUS, UNMAPPED, NONE when no level is in force); TRADE (common trade code; AMBIGUOUS, UNMAPPED, NONE); UNIT_REGION / UNIT_PROVINCE (from OFFA's register by unit number; UNKNOWN when the register lacks the unit, NONE without a unit); LEARNER_REGION / LEARNER_PROVINCE (from the learner's postcode, bpost ranges; UNKNOWN for a postcode outside them, NONE without one); AGE_BAND (15-17, 18-20, 21-25, OTHER, NONE); TRACK (the provider's own track, PROVIDER:code, no common list exists); CONTRACT_TYPE and END_REASON (common codes; AMBIGUOUS, UNMAPPED, NONE); PLACE_REGION (where the training place is: the establishment unit's region for units and learners under contract, the learner's home region for learners without a contract, the site's region for programmes; WAL, BXL, VLA, UNKNOWN, NONE); FROM_PROVIDER / TO_PROVIDER (MOVERS only: the provider left and the one joined); COMPLIANCE_CODE (COMPLIANCE_FINDINGS only: the ComplianceCheck code that flagged the month).",
});

/** A period is a school year (1 September-31 August, "2023-2024") or a calendar month ("2023-09"). */
export enum FigureGranularity {
  SCHOOL_YEAR = "SCHOOL_YEAR",
  MONTH = "MONTH",
}

registerEnumType(FigureGranularity, {
  name: "FigureGranularity",
  description: 'SCHOOL_YEAR: "2023-2024" (1 September to 31 August); MONTH: "2023-09".',
});

/** Why a cell is hidden. */
export enum FigureSuppression {
  PRIMARY = "PRIMARY",
  COMPLEMENTARY = "COMPLEMENTARY",
}

registerEnumType(FigureSuppression, {
  name: "FigureSuppression",
  description:
    "PRIMARY: the cell counts fewer than 10 (domain.md §9, tunable). COMPLEMENTARY: hidden so that a PRIMARY cell cannot be recovered by subtracting the other cells of a row from its total.",
});
