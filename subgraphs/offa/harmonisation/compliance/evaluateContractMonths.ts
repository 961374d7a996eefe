import { CONTRAT_ALTERNANCE, type ContractFacts } from "./ContractCheck";
import { checkContractMonth, type ContractCheckResult } from "./checkContractMonth";
import { contractMonths, monthsBetween } from "./contractMonths";

/** Whether the checks apply to a contract: to a contrat d'alternance only (domain.md §2). */
export type ComplianceScope = ContractCheckResult["scope"];

/** A contract judged month by month over its life. */
export interface ContractMonthsEvaluation {
  scope: ComplianceScope;
  /** The months judged (contractMonths); null when the contract has not started on asOf. */
  first: string | null;
  last: string | null;
  /** One result per month from first to last, in order. */
  results: ContractCheckResult[];
}

/** The scope of the checks for a common contract type (null: UNMAPPED). */
export function complianceScope(contractType: string | null): ComplianceScope {
  if (contractType === null) return "TYPE_UNMAPPED";
  return contractType === CONTRAT_ALTERNANCE ? "CONTRAT_ALTERNANCE" : "OTHER_ARRANGEMENT";
}

/**
 * Compliance month by month over a contract's whole life: every month from the start month to the end month
 * (the effective or planned end, capped at `asOf`), each judged by every check of specifiedChecks.
 */
export function evaluateContractMonths(contract: ContractFacts, asOf: string): ContractMonthsEvaluation {
  const scope = complianceScope(contract.contractType);
  const months = contractMonths(contract, asOf);
  if (months === null) return { scope, first: null, last: null, results: [] };
  return {
    scope,
    first: months.first,
    last: months.last,
    results: monthsBetween(months.first, months.last).map((month) => checkContractMonth(contract, month)),
  };
}
