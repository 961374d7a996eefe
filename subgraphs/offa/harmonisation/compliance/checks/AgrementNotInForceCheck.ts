import { flag, notEvaluated, outsideContractReason, pass, type ContractCheck } from "../ContractCheck";
import { agrementChangeDays, agrementInForceOn, agrementsForTrade } from "./agrementInForce";

/**
 * AGREMENT_NOT_IN_FORCE, domain.md §2 and §4: on every day the contract runs in the month, the establishment
 * unit must hold an agrément for the trade in force: granted (or reinstated), not suspended, not yet withdrawn.
 * Read from the agréments' dated events (offa.accreditation_event, agrementInForce.ts). A withdrawal ends the
 * contract that day (§2): it counts from the day after. When no dated agrément is in force on a day and one
 * agrément has no events, that day cannot be judged: not evaluated.
 */
export const AgrementNotInForceCheck: ContractCheck<"AGREMENT_NOT_IN_FORCE"> = {
  code: "AGREMENT_NOT_IN_FORCE",
  source: "§4",
  check(context) {
    const { contract, days } = context;
    if (days === null) return notEvaluated(outsideContractReason(context));
    if (contract.tradeCode === null) {
      return notEvaluated(
        "the trade has no single common trade (UNMAPPED or AMBIGUOUS), so the agrément (per establishment unit and trade, domain.md §4) cannot be looked up",
      );
    }
    const forTrade = agrementsForTrade(contract);
    // The answer changes only on event days (and the day after a withdrawal): judge the month's first day and those.
    const judged = agrementChangeDays(forTrade, days.from, days.to).map((day) => ({
      day,
      onDay: agrementInForceOn(forTrade, day),
    }));
    const uncovered = judged.find(({ onDay }) => onDay.kind === "NOT_IN_FORCE");
    if (uncovered?.onDay.kind === "NOT_IN_FORCE") {
      const states =
        uncovered.onDay.states.length === 0
          ? "no agrément for this trade"
          : uncovered.onDay.states.join(", ");
      return flag(
        `no agrément of unit ${contract.establishmentUnitNumber} for ${contract.tradeCode} in force from ${uncovered.day} ` +
          `(state: ${states}); the contract needs one every day it runs (domain.md §4)`,
      );
    }
    if (judged.some(({ onDay }) => onDay.kind === "UNDATED")) {
      return notEvaluated(
        `an agrément of unit ${contract.establishmentUnitNumber} for ${contract.tradeCode} has no dated events`,
      );
    }
    return pass;
  },
};
