import { flag, notEvaluated, outsideContractReason, pass, type ContractCheck } from "../ContractCheck";

/**
 * TRAINING_AFTER_AGE_LIMIT, domain.md §2 (access and age, upper age): training may continue until 31 December
 * of the year the learner turns 26, so each month the contract runs after that day is flagged. Derogations
 * exist (e.g. Brussels learners): a flag is a signal for review, not a decision.
 */
export const TrainingAfterAgeLimitCheck: ContractCheck<"TRAINING_AFTER_AGE_LIMIT"> = {
  code: "TRAINING_AFTER_AGE_LIMIT",
  source: "§2",
  check(context) {
    const { contract, days } = context;
    if (days === null) return notEvaluated(outsideContractReason(context));
    const birth = contract.learnerBirthDate;
    if (birth === null) return notEvaluated("the learner's birth date is unknown");
    const limit = `${Number(birth.slice(0, 4)) + 26}-12-31`;
    if (days.to <= limit) return pass;
    return flag(
      `training in ${context.month} is after ${limit}, the 31 December of the year the learner (born ${birth}) ` +
        `turns 26 (domain.md §2; derogations exist, e.g. Brussels learners)`,
    );
  },
};
