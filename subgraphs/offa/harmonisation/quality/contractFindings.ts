import { addDays, daysBetween } from "../calendar/isoDate";
import type { LevelTimeline } from "../levels/levelTimeline";
import type { MappingResolution } from "../rules/RuleBook";

/**
 * Data-quality findings OFFA reports on a provider contract. Each says what is wrong with the provider's
 * record or with OFFA's rules; none is a compliance breach of the contract itself, and nothing is inferred to
 * fill the gap (domain.md §10).
 */
export const DATA_QUALITY_CODES = [
  "LEVEL_DECISION_MISSING",
  "CODE_WITHOUT_RULE",
  "LATE_ENTRY",
  "UNIT_NOT_IN_REGISTER",
  "STATUS_HISTORY_GAP",
  "STATUS_HISTORY_OVERLAP",
] as const;

/** One of DATA_QUALITY_CODES. */
export type DataQualityCode = (typeof DATA_QUALITY_CODES)[number];

/** A finding with its reason in words. */
export interface DataQualityFinding {
  code: DataQualityCode;
  detail: string;
}

/**
 * Days after its start from which a contract's entry in the provider's system is late. Modelling choice: the
 * contract must be written when company training begins and is then encoded (domain.md §1-§2); no deadline for
 * encoding is published, so a month of grace is allowed before the record is called late.
 */
export const LATE_ENTRY_DAYS = 30;

/** What contractFindings looks at: the provider's record as OFFA received it, and OFFA's reading of it. */
export interface ContractFindingsInput {
  asOf: string;
  startsOn: string;
  recordedOn: string;
  isContratAlternance: boolean;
  establishmentUnitNumber: string;
  unitInRegister: boolean;
  /** The contract's level timeline as of `asOf` (records dated later are not known yet). */
  levelTimeline: LevelTimeline;
  /** Every native code of the contract with its resolution: type, status, end reason, trade, levels. */
  resolutions: readonly MappingResolution[];
  /** The provider's status periods recorded by asOf, as recorded (never repaired). */
  statusPeriods: readonly { code: string; from: string; to: string | null }[];
}

/**
 * The data-quality findings of one contract, as of `asOf`:
 * - LEVEL_DECISION_MISSING: a contrat d'alternance under way with no level record at all: its level is
 *   unknown, never assumed to be A (domain.md §3, §10);
 * - CODE_WITHOUT_RULE: a native code no rule covers (a code OFFA's rules do not know yet). Codes without a
 *   common value BY DESIGN (NO_COUNTERPART) or covering several (AMBIGUOUS) are not findings: rules say so;
 * - LATE_ENTRY: entered in the provider's system LATE_ENTRY_DAYS or more after the contract started;
 * - UNIT_NOT_IN_REGISTER: the establishment unit the provider names is not in OFFA's register;
 * - STATUS_HISTORY_GAP / STATUS_HISTORY_OVERLAP: two consecutive status periods leave days without a status, or
 *   share days; the periods are named, and nothing is merged or filled in.
 */
export function contractFindings(input: ContractFindingsInput): DataQualityFinding[] {
  const findings: DataQualityFinding[] = [];
  if (input.isContratAlternance && input.startsOn <= input.asOf && input.levelTimeline.entries.length === 0) {
    findings.push({
      code: "LEVEL_DECISION_MISSING",
      detail: `no level decision recorded since the start on ${input.startsOn}: the level is unknown, not assumed`,
    });
  }
  const seen = new Set<string>();
  for (const resolution of input.resolutions) {
    const key = `${resolution.kind} ${resolution.sourceCode}`;
    if (resolution.status !== "UNMAPPED" || resolution.relationship !== null || seen.has(key)) continue;
    seen.add(key);
    findings.push({
      code: "CODE_WITHOUT_RULE",
      detail: `${resolution.namespace} ${key} has no mapping rule in force on ${input.asOf}`,
    });
  }
  const delay = daysBetween(input.startsOn, input.recordedOn);
  if (delay >= LATE_ENTRY_DAYS) {
    findings.push({
      code: "LATE_ENTRY",
      detail: `entered on ${input.recordedOn}, ${delay} days after the start on ${input.startsOn}`,
    });
  }
  const periods = [...input.statusPeriods].sort((a, b) => a.from.localeCompare(b.from));
  periods.forEach((period, index) => {
    const next = periods[index + 1];
    if (next === undefined) return;
    const span = (p: { code: string; from: string; to: string | null }) =>
      `${p.code} ${p.from} to ${p.to ?? "open"}`;
    if (period.to === null || period.to >= next.from) {
      findings.push({
        code: "STATUS_HISTORY_OVERLAP",
        detail: `status periods ${span(period)} and ${span(next)} share days`,
      });
    } else if (addDays(period.to, 1) < next.from) {
      findings.push({
        code: "STATUS_HISTORY_GAP",
        detail: `no status from ${addDays(period.to, 1)} to ${addDays(next.from, -1)}, between ${span(period)} and ${span(next)}`,
      });
    }
  });
  if (!input.unitInRegister) {
    findings.push({
      code: "UNIT_NOT_IN_REGISTER",
      detail: `establishment unit ${input.establishmentUnitNumber} is not in OFFA's register`,
    });
  }
  return findings;
}
