import { ageOn } from "../../calendar/isoDate";
import { flag, notEvaluated, pass, type ContractCheck } from "../ContractCheck";

/**
 * MINOR_WITHOUT_REPRESENTATIVE, domain.md §1 (a learner has a legal representative when a minor) and §2 (the
 * learner signs with the legal representative if needed): the learner was under 18 on the signature date and
 * the provider's record of the learner names no representative. A fact of the signature: every month is judged
 * alike.
 */
export const MinorWithoutRepresentativeCheck: ContractCheck<"MINOR_WITHOUT_REPRESENTATIVE"> = {
  code: "MINOR_WITHOUT_REPRESENTATIVE",
  source: "§2",
  check({ contract }) {
    if (contract.learnerBirthDate === null) return notEvaluated("the learner's birth date is unknown");
    const age = ageOn(contract.learnerBirthDate, contract.signatureDate);
    if (age >= 18) return pass;
    if (contract.learnerHasLegalRepresentative === null) {
      return notEvaluated("whether the provider's record names a legal representative is not known");
    }
    if (contract.learnerHasLegalRepresentative) return pass;
    return flag(
      `learner aged ${age} at signature on ${contract.signatureDate} and no legal representative on record (domain.md §1, §2)`,
    );
  },
};
