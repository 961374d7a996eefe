import { addDays } from "../../calendar/isoDate";
import { flag, notEvaluated, outsideContractReason, pass, type ContractCheck } from "../ContractCheck";

/** An agrément's state after its events up to a day (a withdrawal takes effect after its day: §2). */
function stateOn(events: readonly { kind: string; on: string }[], day: string): string {
  let state = "NONE";
  for (const event of events) {
    if (event.on > day) break;
    if (event.kind === "WITHDRAWN" && event.on === day) continue;
    state = event.kind === "REINSTATED" ? "GRANTED" : event.kind;
  }
  return state;
}

/**
 * AGREMENT_NOT_IN_FORCE, domain.md §2 and §4: on every day the contract runs in the month, the establishment
 * unit must hold an agrément for the trade in force: granted (or reinstated), not suspended, not yet withdrawn.
 * Read from the agréments' dated events (offa.accreditation_event). A withdrawal ends the contract that day (§2):
 * it counts from the day after. An agrément without events cannot be dated: not evaluated.
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
    const forTrade = contract.accreditations.filter((a) => a.trade === contract.tradeCode);
    if (forTrade.some((a) => a.events === undefined || a.events.length === 0)) {
      return notEvaluated(
        `an agrément of unit ${contract.establishmentUnitNumber} for ${contract.tradeCode} has no dated events`,
      );
    }
    const events = forTrade.map((a) => [...(a.events ?? [])].sort((x, y) => x.on.localeCompare(y.on)));
    // The states change only on event days (and the day after a withdrawal): judge the month's first day and those.
    const changes = events.flat().flatMap((e) => [e.on, addDays(e.on, 1)]);
    const checkDays = [days.from, ...changes.filter((d) => d > days.from && d <= days.to)].sort();
    const uncovered = checkDays.filter(
      (day) => !events.some((history) => stateOn(history, day) === "GRANTED"),
    );
    if (uncovered.length === 0) return pass;
    const states =
      forTrade.length === 0
        ? "no agrément for this trade"
        : events.map((h) => stateOn(h, uncovered[0])).join(", ");
    return flag(
      `no agrément of unit ${contract.establishmentUnitNumber} for ${contract.tradeCode} in force from ${uncovered[0]} ` +
        `(state: ${states}); the contract needs one every day it runs (domain.md §4)`,
    );
  },
};
