import { addDays } from "../../calendar/isoDate";
import { flag, notEvaluated, pass, type ContractCheck } from "../ContractCheck";

/**
 * END_REASON_VS_STATUSES, domain.md §2 (termination; contract statuses SIGNED → TRIAL → ACTIVE → (SUSPENDED) →
 * ENDED, a modelling choice): the dated statuses contradict the end reason or the end date. Flagged: an end
 * reason with no ENDED status; an ENDED status with no end reason or no end date; ENDED from a day other than
 * the end date or the day after it (modelling choice: providers may date ENDED either way); a status other than
 * ENDED after the end date. Not evaluated when the provider records only the current status (no dated
 * statuses) or a status code has no single common value. A fact of the contract's record: every month is
 * judged alike.
 */
export const EndReasonVsStatusesCheck: ContractCheck<"END_REASON_VS_STATUSES"> = {
  code: "END_REASON_VS_STATUSES",
  source: "§2",
  check({ contract }) {
    const periods = [...contract.statusPeriods].sort((a, b) =>
      a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
    );
    if (periods.length === 0) {
      return notEvaluated("the provider records only the current status, not dated statuses");
    }
    const unmapped = periods.filter((period) => period.status === null);
    if (unmapped.length > 0) {
      return notEvaluated(
        `status code ${[...new Set(unmapped.map((p) => p.nativeCode))].join(", ")} has no single common status`,
      );
    }
    const { endReason, endedOn } = contract;
    const ended = periods.find((period) => period.status === "ENDED");
    if (endReason !== null && !ended) {
      return flag(
        `end reason ${endReason.nativeCode} is recorded but no status period is ENDED (domain.md §2)`,
      );
    }
    if (!ended) return pass;
    if (endReason === null) {
      return flag(`status ENDED from ${ended.from} but no end reason is recorded (domain.md §2)`);
    }
    if (endedOn === null) {
      return flag(`status ENDED from ${ended.from} but the contract has no end date (domain.md §2)`);
    }
    if (ended.from !== endedOn && ended.from !== addDays(endedOn, 1)) {
      return flag(`status ENDED from ${ended.from}, but the contract ended on ${endedOn} (domain.md §2)`);
    }
    const after = periods.find((period) => period.status !== "ENDED" && period.from > endedOn);
    if (after) {
      return flag(
        `status ${after.status} (${after.nativeCode}) from ${after.from}, after the end on ${endedOn} (domain.md §2)`,
      );
    }
    return pass;
  },
};
