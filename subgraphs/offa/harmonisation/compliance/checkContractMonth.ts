import { buildMonthContext, CONTRAT_ALTERNANCE, type ContractFacts } from "./ContractCheck";
import { CONTRACT_CHECK_CODES, specifiedChecks, type ContractCheckCode } from "./specifiedChecks";

/** A check's finding, with a sentence that carries the numbers. */
export interface ContractCheckFinding {
  code: ContractCheckCode;
  reason: string;
}

/**
 * The checks' result for one month. `scope` says whether they applied: they do for a contrat d'alternance only;
 * for another arrangement or an unmapped type every check is in notEvaluated, so nothing ever reads as a silent
 * pass. Findings are in specifiedChecks order.
 */
export interface ContractCheckResult {
  month: string;
  scope: "CONTRAT_ALTERNANCE" | "OTHER_ARRANGEMENT" | "TYPE_UNMAPPED";
  flags: ContractCheckFinding[];
  notEvaluated: ContractCheckFinding[];
}

/**
 * Runs every check of specifiedChecks on one month ('YYYY-MM') of a contrat d'alternance (domain.md §2-§4) and
 * returns what the month breaks (flags) and what could not be judged (notEvaluated, with why). Flags are signals
 * for a person to review, not decisions: derogations exist.
 */
export function checkContractMonth(contract: ContractFacts, month: string): ContractCheckResult {
  if (contract.contractType !== CONTRAT_ALTERNANCE) {
    const unmapped = contract.contractType === null;
    const reason = unmapped
      ? `the contract type is UNMAPPED, so whether it is a contrat d'alternance is unknown (domain.md §10)`
      : `contract type ${contract.contractType} is a distinct arrangement, not a contrat d'alternance; the check applies to the contrat d'alternance only (domain.md §2)`;
    return {
      month,
      scope: unmapped ? "TYPE_UNMAPPED" : "OTHER_ARRANGEMENT",
      flags: [],
      notEvaluated: CONTRACT_CHECK_CODES.map((code) => ({ code, reason })),
    };
  }
  const context = buildMonthContext(contract, month);
  const result: ContractCheckResult = { month, scope: "CONTRAT_ALTERNANCE", flags: [], notEvaluated: [] };
  for (const { code, check } of specifiedChecks) {
    const outcome = check(context);
    if (outcome.kind === "FLAG") result.flags.push({ code, reason: outcome.reason });
    else if (outcome.kind === "NOT_EVALUATED") result.notEvaluated.push({ code, reason: outcome.reason });
  }
  return result;
}
