/** One contract-month a compliance check flagged, as the read model holds it (offa.compliance_finding). */
export interface ComplianceFindingRow {
  contractId: string;
  learnerId: string;
  provider: string;
  /** The first day of the month judged (YYYY-MM-01). */
  month: string;
  /** A ComplianceCheck code. */
  code: string;
  /** The common trade on the derivation day; null unless `tradeStatus` is MAPPED. */
  tradeCommon: string | null;
  tradeStatus: string;
  /** The common level on the contract's last day in the month: A, B, C, AMBIGUOUS, UNMAPPED or NONE. */
  level: string;
  unitNumber: string;
}

/** The last refresh of the read model. */
export interface ComplianceRefresh {
  asOf: string;
  finishedAt: string;
  learners: number;
  contracts: number;
  findings: number;
}
