import type { ComplianceScope, ContractMonthsEvaluation } from "./evaluateContractMonths";
import { CONTRACT_CHECK_CODES, type ContractCheckCode } from "./specifiedChecks";

/** The months a check flagged, in order. */
export interface FlaggedMonths {
  code: ContractCheckCode;
  months: string[];
}

/** The months a check could not judge, in order, and why (each distinct reason with its months). */
export interface NotEvaluatedMonths {
  code: ContractCheckCode;
  months: string[];
  reasons: { reason: string; months: string[] }[];
}

/** A contract's compliance over its life, for review and for totals. */
export interface ContractComplianceSummary {
  scope: ComplianceScope;
  firstMonth: string | null;
  lastMonth: string | null;
  /** Months judged (every month of the contract's life up to asOf). */
  monthsChecked: number;
  /** Months with at least one flag. */
  monthsFlagged: string[];
  /** Checks with at least one flagged month, in specifiedChecks order. */
  flagged: FlaggedMonths[];
  /** Checks with at least one month not evaluated, in specifiedChecks order. */
  notEvaluated: NotEvaluatedMonths[];
}

/**
 * Sums a month-by-month evaluation into one summary per contract: months checked, months flagged by code (with
 * the months) and months not evaluated by code with why.
 */
export function summariseCompliance(evaluation: ContractMonthsEvaluation): ContractComplianceSummary {
  const flagged = new Map<ContractCheckCode, string[]>();
  const notEvaluated = new Map<ContractCheckCode, NotEvaluatedMonths>();
  const monthsFlagged: string[] = [];
  for (const result of evaluation.results) {
    if (result.flags.length > 0) monthsFlagged.push(result.month);
    for (const finding of result.flags) {
      const months = flagged.get(finding.code) ?? [];
      months.push(result.month);
      flagged.set(finding.code, months);
    }
    for (const finding of result.notEvaluated) {
      const entry = notEvaluated.get(finding.code) ?? { code: finding.code, months: [], reasons: [] };
      entry.months.push(result.month);
      const reason = entry.reasons.find((r) => r.reason === finding.reason);
      if (reason) reason.months.push(result.month);
      else entry.reasons.push({ reason: finding.reason, months: [result.month] });
      notEvaluated.set(finding.code, entry);
    }
  }
  return {
    scope: evaluation.scope,
    firstMonth: evaluation.first,
    lastMonth: evaluation.last,
    monthsChecked: evaluation.results.length,
    monthsFlagged,
    flagged: CONTRACT_CHECK_CODES.filter((code) => flagged.has(code)).map((code) => ({
      code,
      months: flagged.get(code)!,
    })),
    notEvaluated: CONTRACT_CHECK_CODES.filter((code) => notEvaluated.has(code)).map((code) =>
      notEvaluated.get(code)!,
    ),
  };
}
