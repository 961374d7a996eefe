import { flag, notEvaluated, pass, type ContractCheck } from "../ContractCheck";

/**
 * NO_ACCREDITATION, domain.md §2 (parties and form) and §4: no agrément of the establishment unit for the trade
 * in force on the start date; it must exist before the contract. A fact of the contract's start: every month is
 * judged alike.
 *
 * An agrément covers the start when it is for the trade, was decided on or before the start, and was in force
 * that day: ACTIVE and not withdrawn before the start, or WITHDRAWN only after the start (it existed when the
 * contract began; the withdrawal ends the contract, §2, a different matter). A SUSPENDED agrément has no
 * suspension date, so whether it was in force on the start is unknown.
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
    const forTrade = contract.accreditations.filter((a) => a.trade === contract.tradeCode);
    const decidedBefore = forTrade.filter((a) => a.decidedOn <= start);
    const covers = decidedBefore.some(
      (a) =>
        (a.status === "ACTIVE" && (a.withdrawnOn === null || a.withdrawnOn >= start)) ||
        (a.status === "WITHDRAWN" && a.withdrawnOn !== null && a.withdrawnOn >= start),
    );
    if (covers) return pass;
    if (decidedBefore.some((a) => a.status === "SUSPENDED")) {
      return notEvaluated(
        `the agrément of unit ${contract.establishmentUnitNumber} for ${contract.tradeCode} is SUSPENDED and when the suspension began is not recorded`,
      );
    }
    const found =
      forTrade.length === 0
        ? "none for this trade"
        : forTrade
            .map(
              (a) =>
                `${a.status} decided ${a.decidedOn}${a.withdrawnOn ? ` withdrawn ${a.withdrawnOn}` : ""}`,
            )
            .join("; ");
    return flag(
      `no agrément in force for unit ${contract.establishmentUnitNumber} and trade ${contract.tradeCode} on the start ${start} ` +
        `(found: ${found}); it must exist before the contract (domain.md §4)`,
    );
  },
};
