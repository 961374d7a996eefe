/**
 * OFFA's compliance read model (issue 11, COMPLIANCE_FINDINGS): the contract-months each compliance check flagged,
 * derived through the gateway (scripts/mobility/refreshComplianceFindings.ts) and replaced whole by each refresh.
 */
export type { ComplianceFindingRow, ComplianceRefresh } from "./ComplianceFindingRow";
export { replaceComplianceFindings } from "./replaceComplianceFindings";
export { selectLastComplianceRefresh } from "./selectLastComplianceRefresh";
