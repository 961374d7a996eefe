import { flag, notEvaluated, pass, type ContractCheck } from "../ContractCheck";
import {
  agrementInForceOn,
  agrementsForTrade,
  agrementStateOn,
  describeAgrementEvents,
} from "./agrementInForce";

/**
 * NO_ACCREDITATION, domain.md §2 (parties and form) and §4: no agrément of the establishment unit for the trade
 * in force on the start date; it must exist before the contract. A fact of the contract's start: every month is
 * judged alike.
 *
 * Read from the agréments' dated events (offa.accreditation_event), as AGREMENT_NOT_IN_FORCE reads them
 * (agrementInForce.ts): an agrément covers the start when it was granted (or reinstated) on or before that day and
 * neither suspended nor withdrawn since; one withdrawn on the start day or later still covers it (the withdrawal
 * ends the contract, §2, a different matter). A suspension over the start is a flag that names its dates. When
 * no dated agrément covers the start and one has no events, the start cannot be judged: not evaluated.
 */
export const NoAccreditationCheck: ContractCheck<"NO_ACCREDITATION"> = {
  code: "NO_ACCREDITATION",
  source: "§4",
  check({ contract }) {
    if (contract.tradeCode === null) {
      return notEvaluated(
        "the trade has no single common trade (UNMAPPED or AMBIGUOUS), so the agrément (per establishment unit and trade, domain.md §4) cannot be looked up",
      );
    }
    const start = contract.startDate;
    const forTrade = agrementsForTrade(contract);
    const onStart = agrementInForceOn(forTrade, start);
    if (onStart.kind === "IN_FORCE") return pass;
    if (onStart.kind === "UNDATED") {
      return notEvaluated(
        `no dated agrément of unit ${contract.establishmentUnitNumber} for ${contract.tradeCode} is in force on the start ${start} ` +
          `and one has no dated events, so whether it was in force is unknown`,
      );
    }
    const found =
      forTrade.length === 0
        ? "none for this trade"
        : forTrade.map((a) => `${agrementStateOn(a, start)} (${describeAgrementEvents(a)})`).join("; ");
    return flag(
      `no agrément in force for unit ${contract.establishmentUnitNumber} and trade ${contract.tradeCode} on the start ${start} ` +
        `(found: ${found}); it must exist before the contract (domain.md §4)`,
    );
  },
};
