import { monthOf } from "../../__tests__/contractFacts";
import type { EndReasonFact, StatusPeriodFact } from "../../ContractCheck";
import { EndReasonVsDatesCheck } from "../EndReasonVsDatesCheck";
import { EndReasonVsStatusesCheck } from "../EndReasonVsStatusesCheck";

const reason = (nativeCode: string, ...candidates: string[]): EndReasonFact => ({
  nativeCode,
  common: candidates.length === 1 ? candidates[0] : null,
  candidates,
});
const TERM = reason("TERME", "TERM");
const NOTICE = reason("PREAVIS", "NOTICE");

// The fixture's planned end is 2023-09-30.
describe("EndReasonVsDatesCheck", () => {
  const check = (endReason: EndReasonFact | null, endedOn: string | null) =>
    EndReasonVsDatesCheck.check(monthOf("2023-03", { endReason, endedOn }));

  it("has a stable code and cites domain.md §2", () => {
    expect([EndReasonVsDatesCheck.code, EndReasonVsDatesCheck.source]).toEqual(["END_REASON_VS_DATES", "§2"]);
  });

  it("flags an end reason on a contract without an end date", () => {
    expect(check(NOTICE, null)).toEqual({
      kind: "FLAG",
      reason:
        "end reason PREAVIS (NOTICE) is recorded but the contract has no end date (planned end 2023-09-30; domain.md §2)",
    });
  });

  it("flags an end date without an end reason", () => {
    expect(check(null, "2023-05-12")).toEqual({
      kind: "FLAG",
      reason: "the contract ended on 2023-05-12 but no end reason is recorded (domain.md §2)",
    });
  });

  it("flags TERM with an end before the planned end", () => {
    expect(check(TERM, "2023-06-30")).toEqual({
      kind: "FLAG",
      reason:
        "end reason TERME (TERM) (the contract ran to its end date) but it ended on 2023-06-30, before its planned end 2023-09-30 (domain.md §2)",
    });
  });

  it.each([
    ["a running contract with neither", null, null],
    ["TERM on the planned end", TERM, "2023-09-30"],
    ["an early end on notice", NOTICE, "2023-05-12"],
    [
      "an early end whose every candidate is not TERM (CEFA rupture)",
      reason("RUPTURE", "MUTUAL", "NOTICE"),
      "2023-05-12",
    ],
  ])("passes %s", (_name, endReason, endedOn) => {
    expect(check(endReason, endedOn)).toEqual({ kind: "PASS" });
  });

  it("does not evaluate an early end whose reason has no common value", () => {
    expect(check(reason("REORIENTATION"), "2023-05-12")).toEqual({
      kind: "NOT_EVALUATED",
      reason: expect.stringContaining("end reason REORIENTATION has no common value"),
    });
  });
});

describe("EndReasonVsStatusesCheck", () => {
  const period = (status: string | null, from: string, to: string | null = null): StatusPeriodFact => ({
    nativeCode: status === null ? "ZZ" : status.slice(0, 3),
    status,
    from,
    to,
  });
  const ended = [period("ACTIVE", "2023-01-01", "2023-06-30"), period("ENDED", "2023-07-01")];
  const check = (
    statusPeriods: StatusPeriodFact[],
    endReason: EndReasonFact | null,
    endedOn: string | null,
  ) => EndReasonVsStatusesCheck.check(monthOf("2023-03", { statusPeriods, endReason, endedOn }));

  it("has a stable code and cites domain.md §2", () => {
    expect([EndReasonVsStatusesCheck.code, EndReasonVsStatusesCheck.source]).toEqual([
      "END_REASON_VS_STATUSES",
      "§2",
    ]);
  });

  it("does not evaluate without dated statuses, or with a status code that has no common status", () => {
    expect(check([], NOTICE, "2023-06-30")).toEqual({
      kind: "NOT_EVALUATED",
      reason: "the provider records only the current status, not dated statuses",
    });
    expect(check([period(null, "2023-01-01")], null, null)).toEqual({
      kind: "NOT_EVALUATED",
      reason: "status code ZZ has no single common status",
    });
  });

  it.each([
    ["ENDED from the day after the end", ended, NOTICE, "2023-06-30"],
    ["ENDED from the end day", ended, NOTICE, "2023-07-01"],
    [
      "a running contract",
      [period("TRIAL", "2023-01-01", "2023-01-31"), period("ACTIVE", "2023-02-01")],
      null,
      null,
    ],
  ])("passes %s", (_name, periods, endReason, endedOn) => {
    expect(check(periods, endReason, endedOn)).toEqual({ kind: "PASS" });
  });

  it.each([
    [
      "an end reason with no ENDED status",
      [period("ACTIVE", "2023-01-01")],
      NOTICE,
      "2023-06-30",
      "end reason PREAVIS is recorded but no status period is ENDED (domain.md §2)",
    ],
    [
      "ENDED with no end reason",
      ended,
      null,
      "2023-06-30",
      "status ENDED from 2023-07-01 but no end reason is recorded (domain.md §2)",
    ],
    [
      "ENDED with no end date",
      ended,
      NOTICE,
      null,
      "status ENDED from 2023-07-01 but the contract has no end date (domain.md §2)",
    ],
    [
      "ENDED long after the end",
      ended,
      NOTICE,
      "2023-05-12",
      "status ENDED from 2023-07-01, but the contract ended on 2023-05-12 (domain.md §2)",
    ],
    [
      "a status after the end",
      [...ended, period("ACTIVE", "2023-08-01")],
      NOTICE,
      "2023-06-30",
      "status ACTIVE (ACT) from 2023-08-01, after the end on 2023-06-30 (domain.md §2)",
    ],
  ])("flags %s", (_name, periods, endReason, endedOn, flagReason) => {
    expect(check(periods, endReason, endedOn)).toEqual({ kind: "FLAG", reason: flagReason });
  });
});
