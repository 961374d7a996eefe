import { periodsOverlap } from "../../calendar/isoDate";
import {
  CONTRAT_ALTERNANCE,
  flag,
  notEvaluated,
  outsideContractReason,
  pass,
  type ContractCheck,
} from "../ContractCheck";

/**
 * OVERLAPPING_CONTRACT, domain.md §2 (parties and form): a learner may not hold two contrats d'alternance at the
 * same time. Judged per month: the month is flagged when another contrat d'alternance of the learner, at any
 * provider, shares one of this contract's days in the month.
 */
export const OverlappingContractCheck: ContractCheck<"OVERLAPPING_CONTRACT"> = {
  code: "OVERLAPPING_CONTRACT",
  source: "§2",
  check(context) {
    const { contract, days } = context;
    if (days === null) return notEvaluated(outsideContractReason(context));
    const describe = (o: { id: string; startDate: string; endDate: string }) =>
      `${o.id} (${o.startDate} to ${o.endDate})`;
    const overlapping = contract.otherContracts.filter(
      (other) =>
        other.id !== contract.id && periodsOverlap(days.from, days.to, other.startDate, other.endDate),
    );
    const alternance = overlapping.filter((other) => other.contractType === CONTRAT_ALTERNANCE);
    if (alternance.length > 0) {
      return flag(
        `contract ${describe({ id: contract.id, startDate: contract.startDate, endDate: contract.endedOn ?? contract.plannedEndDate })} ` +
          `overlaps contrat d'alternance ${alternance.map(describe).join(", ")} in ${context.month}; ` +
          `a learner may not hold two at the same time (domain.md §2)`,
      );
    }
    const unknown = overlapping.filter((other) => other.contractType === null);
    if (unknown.length > 0) {
      return notEvaluated(`overlapping contract ${unknown.map(describe).join(", ")} has an UNMAPPED type`);
    }
    return pass;
  },
};
