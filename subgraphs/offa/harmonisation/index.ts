/**
 * Harmonisation: the public door of OFFA's mapping of provider codes onto the common model (domain.md §10), the
 * minimum rétribution (§3), level timelines and contract compliance checks. Pure logic except the loader
 * (loadRuleSet, readRuleBook), which reads data files and the OFFA database.
 */
export {
  addDays,
  ageOn,
  daysBetween,
  isIsoDate,
  isIsoMonth,
  isWithin,
  monthBounds,
  periodsOverlap,
  type IsoDate,
  type IsoMonth,
} from "./calendar/isoDate";
export {
  COMMON_LEVELS,
  MAPPING_KINDS,
  NAMESPACES,
  RELATIONSHIPS,
  isCommonLevel,
  isMappingKind,
  isNamespace,
  isRelationship,
  type CommonLevel,
  type LocatedMappingRule,
  type MappingKind,
  type MappingRule,
  type Namespace,
  type Relationship,
} from "./rules/MappingRule";
export { RuleFileError, type RuleFileProblem } from "./rules/RuleFileError";
export { RULE_FILE_COLUMNS, parseRuleFile, type ParsedRuleFile } from "./rules/parseRuleFile";
export { validateRules } from "./rules/validateRules";
export type { CommonVocabularies, ProviderVocabulary } from "./rules/Vocabularies";
export { RuleBook, type MappingResolution, type MappingStatus, type RuleBookRows } from "./rules/RuleBook";
export {
  loadRuleSet,
  ruleSetFilesIn,
  type LoadRuleSetResult,
  type RuleSetCounts,
  type RuleSetFiles,
} from "./rules/loadRuleSet";
export { readRuleBook } from "./rules/readRuleBook";
export { currentRuleBook } from "./rules/ruleBookCache";
export type { LevelPayShare, RmmmgRow } from "./pay/PayReference";
export { RMMMG_FILE_COLUMNS, parseRmmmgFile } from "./pay/parseRmmmgFile";
export { LEVEL_PAY_SHARE_FILE_COLUMNS, parseLevelPayShareFile } from "./pay/parseLevelPayShareFile";
export {
  minimumMonthlyPay,
  type MinimumMonthlyPay,
  type MinimumMonthlyPayInput,
  type MinimumPayPart,
  type MinimumPayUnknownReason,
} from "./pay/minimumMonthlyPay";
export { formatEuros } from "./pay/formatEuros";
export type { SchoolYearWeeks } from "./hours/SchoolYearWeeks";
export { SCHOOL_YEAR_WEEKS_FILE_COLUMNS, parseSchoolYearWeeksFile } from "./hours/parseSchoolYearWeeksFile";
export { weeklyHours, type NativeHours, type WeeklyHours } from "./hours/weeklyHours";
export {
  buildLevelTimeline,
  type LevelMappingStatus,
  type LevelTimeline,
  type LevelTimelineEntry,
  type NativeLevelRecord,
} from "./levels/levelTimeline";
export {
  CONTRAT_ALTERNANCE,
  buildMonthContext,
  contractLastDay,
  flag,
  notEvaluated,
  pass,
  type AccreditationStatus,
  type CheckOutcome,
  type ContractCheck,
  type ContractFacts,
  type ContractMonthContext,
  type EndReasonFact,
  type PayPeriodFact,
  type StatusPeriodFact,
} from "./compliance/ContractCheck";
export { CONTRACT_CHECK_CODES, specifiedChecks, type ContractCheckCode } from "./compliance/specifiedChecks";
export {
  checkContractMonth,
  type ContractCheckFinding,
  type ContractCheckResult,
} from "./compliance/checkContractMonth";
export { contractMonths, monthsBetween } from "./compliance/contractMonths";
export {
  complianceScope,
  evaluateContractMonths,
  type ComplianceScope,
  type ContractMonthsEvaluation,
} from "./compliance/evaluateContractMonths";
export {
  summariseCompliance,
  type ContractComplianceSummary,
  type FlaggedMonths,
  type NotEvaluatedMonths,
} from "./compliance/summariseCompliance";
export {
  sumComplianceByProvider,
  type CheckTotals,
  type ProviderComplianceTotals,
} from "./compliance/sumComplianceByProvider";
export {
  DATA_QUALITY_CODES,
  LATE_ENTRY_DAYS,
  contractFindings,
  type ContractFindingsInput,
  type DataQualityCode,
  type DataQualityFinding,
} from "./quality/contractFindings";
export {
  contractOnDate,
  payPeriodsWithEnds,
  type ContractOnDate,
  type ContractPhase,
  type DatedContract,
} from "./history/contractOnDate";
