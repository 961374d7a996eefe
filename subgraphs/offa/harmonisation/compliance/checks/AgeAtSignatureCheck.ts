import { ageOn } from "../../calendar/isoDate";
import { flag, notEvaluated, pass, type ContractCheck } from "../ContractCheck";

/**
 * AGE_AT_SIGNATURE, domain.md §2 (access and age): the learner is under 15, or 25 or over, on the signature
 * date (a contract is concluded before age 25). A fact of the contract as concluded: every month is judged
 * alike. Derogations exist (e.g. Brussels learners), so a flag is a signal for review, not a decision.
 */
export const AgeAtSignatureCheck: ContractCheck<"AGE_AT_SIGNATURE"> = {
  code: "AGE_AT_SIGNATURE",
  source: "§2",
  check({ contract }) {
    const birth = contract.learnerBirthDate;
    if (birth === null) return notEvaluated("the learner's birth date is unknown");
    const age = ageOn(birth, contract.signatureDate);
    const at = `learner aged ${age} at signature on ${contract.signatureDate} (born ${birth})`;
    if (age < 15) return flag(`${at}; the minimum is 15 (domain.md §2)`);
    if (age >= 25) {
      return flag(
        `${at}; the contract must be concluded before 25 (domain.md §2; derogations exist, e.g. Brussels learners)`,
      );
    }
    return pass;
  },
};
