import { registerEnumType } from "type-graphql";

/** The common competence levels (domain.md §3): they set the minimum rétribution (17 / 24 / 32 % of the RMMMG). */
export enum CommonLevelValue {
  A = "A",
  B = "B",
  C = "C",
}
registerEnumType(CommonLevelValue, {
  name: "CommonLevel",
  description: "Common competence level A, B or C of the contrat d'alternance (domain.md §3).",
});

/** Whether a rule covered a native code on the date asked. */
export enum MappingStatusValue {
  MAPPED = "MAPPED",
  AMBIGUOUS = "AMBIGUOUS",
  UNMAPPED = "UNMAPPED",
  CONFLICTING_RECORDS = "CONFLICTING_RECORDS",
}
registerEnumType(MappingStatusValue, {
  name: "MappingStatus",
  description:
    "MAPPED: a rule in force gives the common value. AMBIGUOUS: the native code covers several common values " +
    "(see candidates) and which one applies is not recorded, so none is given. UNMAPPED: no common value, by " +
    "design (relationship NO_COUNTERPART) or because no rule covers the code. Never guessed. " +
    "CONFLICTING_RECORDS: the provider recorded two different levels on one day.",
});

/** How the common target relates to the native code (FHIR R4 wider/narrower reading, a modelling choice). */
export enum MappingRelationshipValue {
  EQUIVALENT = "EQUIVALENT",
  BROADER = "BROADER",
  NARROWER = "NARROWER",
  NO_COUNTERPART = "NO_COUNTERPART",
}
registerEnumType(MappingRelationshipValue, {
  name: "MappingRelationship",
  description:
    "EQUIVALENT: the target means the same as the native code. BROADER: the target is broader than the " +
    "native code (several native codes onto one common value). NARROWER: the target is narrower (one native " +
    "code covering several common values: each is a candidate, the code is AMBIGUOUS). NO_COUNTERPART: the " +
    "native code has no common value by design; the rule's source says why. Only EQUIVALENT claims " +
    "equivalence: the same level is not equivalence (CFC, domain.md §6).",
});

/** Common contract statuses (modelling choice, domain.md §2). */
export enum CommonContractStatus {
  SIGNED = "SIGNED",
  TRIAL = "TRIAL",
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  ENDED = "ENDED",
}
registerEnumType(CommonContractStatus, {
  name: "CommonContractStatus",
  description: "SIGNED → TRIAL → ACTIVE → (SUSPENDED) → ENDED (modelling choice, domain.md §2).",
});

/** Why a contract ended (domain.md §2, termination grounds). */
export enum CommonEndReason {
  TERM = "TERM",
  NOTICE = "NOTICE",
  MUTUAL = "MUTUAL",
  FORCE_MAJEURE = "FORCE_MAJEURE",
  COMPANY_EVENT = "COMPANY_EVENT",
  SERIOUS_BREACH = "SERIOUS_BREACH",
  AGREMENT_WITHDRAWN = "AGREMENT_WITHDRAWN",
  DEATH = "DEATH",
}
registerEnumType(CommonEndReason, {
  name: "CommonEndReason",
  description: "Ground on which a contract ended (domain.md §2).",
});

/** The compliance checks of a contrat d'alternance (harmonisation/compliance/specifiedChecks.ts, one file each). */
export enum ComplianceCheck {
  PAY_BELOW_MINIMUM = "PAY_BELOW_MINIMUM",
  OVER_38_HOURS = "OVER_38_HOURS",
  UNDER_20_COMPANY_HOURS = "UNDER_20_COMPANY_HOURS",
  AGE_AT_SIGNATURE = "AGE_AT_SIGNATURE",
  TRAINING_AFTER_AGE_LIMIT = "TRAINING_AFTER_AGE_LIMIT",
  NO_ACCREDITATION = "NO_ACCREDITATION",
  OVERLAPPING_CONTRACT = "OVERLAPPING_CONTRACT",
  END_REASON_VS_DATES = "END_REASON_VS_DATES",
  END_REASON_VS_STATUSES = "END_REASON_VS_STATUSES",
  AGREMENT_NOT_IN_FORCE = "AGREMENT_NOT_IN_FORCE",
  MINOR_WITHOUT_REPRESENTATIVE = "MINOR_WITHOUT_REPRESENTATIVE",
  START_LEVEL_WITHOUT_BASIS = "START_LEVEL_WITHOUT_BASIS",
}
registerEnumType(ComplianceCheck, {
  name: "ComplianceCheck",
  description:
    "A compliance check of a contrat d'alternance, judged month by month (domain.md §2, §3, §4). Stable codes.",
  valuesConfig: {
    PAY_BELOW_MINIMUM: {
      description:
        "§3: the rétribution paid in the month (pro rata by day when it changes) is below the RMMMG in force × the share of the level in force that month.",
    },
    OVER_38_HOURS: { description: "§2: company + centre hours over 38 h a week on average." },
    UNDER_20_COMPANY_HOURS: { description: "§2: under 20 h a week on average in the company." },
    AGE_AT_SIGNATURE: {
      description: "§2: the learner was under 15, or 25 or over, at signature (concluded before 25).",
    },
    TRAINING_AFTER_AGE_LIMIT: {
      description:
        "§2: the month runs after 31 December of the year the learner turns 26 (derogations exist, e.g. Brussels).",
    },
    MINOR_WITHOUT_REPRESENTATIVE: {
      description:
        "§1, §2: the learner was a minor at signature and the provider's record names no legal representative (a minor signs with one).",
    },
    START_LEVEL_WITHOUT_BASIS: {
      description:
        "§10: the contract starts above level A with no earlier contrat d'alternance of the learner for the same trade at any provider; as no provider records the concertation that may justify it, such a start is not evaluated rather than flagged.",
    },
    AGREMENT_NOT_IN_FORCE: {
      description:
        "§2, §4: on some day the contract runs in the month, no agrément of the unit for the trade is in force (from the agréments' dated events: granted or reinstated, not suspended, not yet withdrawn).",
    },
    NO_ACCREDITATION: {
      description:
        "§2, §4: no agrément in force for the establishment unit and trade on the start date (from the agréments' dated events, so a suspension over the start counts).",
    },
    OVERLAPPING_CONTRACT: {
      description:
        "§2: another contrat d'alternance of the same learner, at any provider, runs in the month.",
    },
    END_REASON_VS_DATES: {
      description:
        "§2: the end reason contradicts the dates (a reason without an end date, an end date without a reason, TERM before the planned end).",
    },
    END_REASON_VS_STATUSES: {
      description:
        "§2: the dated statuses contradict the end reason or end date (not evaluated when the provider records only the current status).",
    },
  },
});

/** The unit a provider records contract hours in. */
export enum HoursUnit {
  PER_WEEK = "PER_WEEK",
  PER_SCHOOL_YEAR = "PER_SCHOOL_YEAR",
}
registerEnumType(HoursUnit, {
  name: "HoursUnit",
  description: "PER_WEEK (IFAPME, efp) or PER_SCHOOL_YEAR (CEFA plans hours over the school year).",
});

/** Data-quality findings on a provider record (harmonisation/quality/contractFindings.ts). */
export enum DataQualityCodeValue {
  LEVEL_DECISION_MISSING = "LEVEL_DECISION_MISSING",
  CODE_WITHOUT_RULE = "CODE_WITHOUT_RULE",
  LATE_ENTRY = "LATE_ENTRY",
  UNIT_NOT_IN_REGISTER = "UNIT_NOT_IN_REGISTER",
  STATUS_HISTORY_GAP = "STATUS_HISTORY_GAP",
  STATUS_HISTORY_OVERLAP = "STATUS_HISTORY_OVERLAP",
}
registerEnumType(DataQualityCodeValue, {
  name: "DataQualityCode",
  description:
    "LEVEL_DECISION_MISSING: a contrat d'alternance under way with no level decision (the level is unknown, " +
    "never assumed). CODE_WITHOUT_RULE: a native code no mapping rule covers. LATE_ENTRY: entered in the " +
    "provider's system 30 days or more after the start (a modelling choice). UNIT_NOT_IN_REGISTER: the " +
    "establishment unit is not in OFFA's register. STATUS_HISTORY_GAP / STATUS_HISTORY_OVERLAP: two status " +
    "periods of the provider's history leave days without a status, or share days (never merged or filled in).",
});

/** Where a contract stands on the date asked (asOf). */
export enum ContractPhaseValue {
  NOT_SIGNED = "NOT_SIGNED",
  SIGNED = "SIGNED",
  RUNNING = "RUNNING",
  ENDED = "ENDED",
  FUTURE = "FUTURE",
}
registerEnumType(ContractPhaseValue, {
  name: "ContractPhase",
  description:
    "On the date asked: NOT_SIGNED (before the signature), SIGNED (signed, not started), RUNNING, ENDED (after its last day), FUTURE (a date after today: nobody knows the state yet; the values given are the last known, not a forecast).",
});
