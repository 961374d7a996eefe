import { registerEnumType } from "type-graphql";

/** What one step of a learner's journey records. */
export enum JourneyStepKind {
  ENROLMENT = "ENROLMENT",
  ENROLMENT_LEFT = "ENROLMENT_LEFT",
  CONTRACT_START = "CONTRACT_START",
  STATUS_CHANGE = "STATUS_CHANGE",
  LEVEL_CHANGE = "LEVEL_CHANGE",
  PAY_STEP = "PAY_STEP",
  CONTRACT_END = "CONTRACT_END",
  CERTIFICATION = "CERTIFICATION",
  GAP_WITHOUT_CONTRACT = "GAP_WITHOUT_CONTRACT",
}
registerEnumType(JourneyStepKind, {
  name: "JourneyStepKind",
  description:
    "ENROLMENT: a school or training year in a trade begins (ENROLMENT_LEFT: left early). CONTRACT_START / " +
    "CONTRACT_END: a contract's first day, and its early end (with the reason) or its planned end once passed. " +
    "STATUS_CHANGE, LEVEL_CHANGE, PAY_STEP: a dated entry of the contract's histories. CERTIFICATION: a " +
    "certificate issued. GAP_WITHOUT_CONTRACT: days between two contracts under none.",
});

/** A change in a learner's training, derived from the journey. */
export enum MobilityEventKind {
  PROVIDER_CHANGE = "PROVIDER_CHANGE",
  TRADE_CHANGE = "TRADE_CHANGE",
  COMPANY_CHANGE = "COMPANY_CHANGE",
  UNIT_CHANGE = "UNIT_CHANGE",
  INTERRUPTION = "INTERRUPTION",
  COURSES_AT_OTHER_PROVIDER = "COURSES_AT_OTHER_PROVIDER",
}
registerEnumType(MobilityEventKind, {
  name: "MobilityEventKind",
  description:
    "PROVIDER_CHANGE: the learner's own enrolment moves to another provider (dated by the first enrolment there). " +
    "TRADE_CHANGE: a new enrolment at the same provider in another common trade. COMPANY_CHANGE / UNIT_CHANGE: " +
    "the next contract is with another enterprise, or another establishment unit of the same one. INTERRUPTION: " +
    "days without a contract between two contracts. COURSES_AT_OTHER_PROVIDER: the learner follows courses at " +
    "another provider for a trade their own provider does not teach (efp learners at IFAPME, domain.md §1): " +
    "not a move, the learner and the contract stay where they were.",
});

/** What became of the learner's level across a move between providers. */
export enum LevelOutcome {
  KEPT = "KEPT",
  RESTARTED_AT_A = "RESTARTED_AT_A",
  CHANGED = "CHANGED",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(LevelOutcome, {
  name: "LevelOutcome",
  description:
    "KEPT: the first level at the new provider equals the last one before. RESTARTED_AT_A: back to A from B or C " +
    "(the rule when the trade changes, domain.md §10). CHANGED: any other difference (a recorded concertation). " +
    "UNKNOWN: a side has no common level (no contract, no decision, or an unmapped code): never inferred.",
});
