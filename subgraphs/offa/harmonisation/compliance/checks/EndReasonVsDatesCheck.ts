import { flag, notEvaluated, pass, type ContractCheck } from "../ContractCheck";

/**
 * END_REASON_VS_DATES, domain.md §2 (termination): the end reason the provider recorded contradicts the
 * contract's dates. Flagged: an end reason on a contract with no end date; an end date with no end reason (the
 * ground is one of the §2 list); TERM (the contract ends de plein droit at its end date) with an effective end
 * before the planned end. An end reason with no single common value is judged only where every candidate agrees
 * (e.g. a CEFA rupture is NOTICE or MUTUAL: not TERM either way). A fact of the contract's record: every month is
 * judged alike.
 */
export const EndReasonVsDatesCheck: ContractCheck<"END_REASON_VS_DATES"> = {
  code: "END_REASON_VS_DATES",
  source: "§2",
  check({ contract }) {
    const { endReason, endedOn, plannedEndDate } = contract;
    if (endReason === null && endedOn === null) return pass;
    if (endReason !== null && endedOn === null) {
      return flag(
        `end reason ${describe(endReason)} is recorded but the contract has no end date (planned end ${plannedEndDate}; domain.md §2)`,
      );
    }
    if (endReason === null) {
      return flag(`the contract ended on ${endedOn} but no end reason is recorded (domain.md §2)`);
    }
    if (endedOn === null || endedOn >= plannedEndDate) return pass;
    if (endReason.candidates.length === 0) {
      return notEvaluated(
        `the contract ended on ${endedOn}, before its planned end ${plannedEndDate}, and end reason ${endReason.nativeCode} has no common value, so whether it is TERM is unknown`,
      );
    }
    if (!endReason.candidates.every((candidate) => candidate === "TERM")) {
      if (endReason.candidates.includes("TERM")) {
        return notEvaluated(
          `end reason ${describe(endReason)} may or may not be TERM, and the contract ended on ${endedOn}, before its planned end ${plannedEndDate}`,
        );
      }
      return pass;
    }
    return flag(
      `end reason ${describe(endReason)} (the contract ran to its end date) but it ended on ${endedOn}, before its planned end ${plannedEndDate} (domain.md §2)`,
    );
  },
};

function describe(reason: { nativeCode: string; common: string | null; candidates: readonly string[] }) {
  if (reason.common !== null) return `${reason.nativeCode} (${reason.common})`;
  if (reason.candidates.length > 0) return `${reason.nativeCode} (${reason.candidates.join(" or ")})`;
  return `${reason.nativeCode} (UNMAPPED)`;
}
