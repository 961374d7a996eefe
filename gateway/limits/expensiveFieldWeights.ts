/**
 * What one item of an expensive field costs in computeOperationCost, instead of 1 (a modelling choice: the
 * weights are rough ratios of measured work, not money, and only their order matters much).
 *
 * Why these fields: each one makes the OFFA subgraph harmonise a learner's records from every provider
 * (`@requires` pulls each provider's contracts with their pay, status and level histories) and then evaluate
 * every compliance check once per month of each contract. On the synthetic dataset one learner's
 * `commonContracts` costs the stack about ten times a plain provider record, and a contract's months of
 * compliance about five times more again.
 */
export const expensiveFieldWeights: Readonly<Record<string, number>> = {
  /** Harmonisation of every provider record of one learner (an OFFA call with the providers' histories). */
  "Learner.commonContracts": 10,
  /** The certificates on the common model: one more harmonisation pass, lighter (no histories). */
  "Learner.commonCertifications": 5,
  /** Every check over every month of the contract (up to about 40 months). */
  "CommonContract.complianceByMonth": 50,
  /** The same month-by-month evaluation, summarised. */
  "CommonContract.complianceSummary": 50,
  /** The checks for one month. */
  "CommonContract.compliance": 5,
};
