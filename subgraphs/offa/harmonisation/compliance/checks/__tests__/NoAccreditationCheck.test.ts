import { monthOf } from "../../__tests__/contractFacts";
import type { AccreditationStatus } from "../../ContractCheck";
import { NoAccreditationCheck } from "../NoAccreditationCheck";

type Event = { kind: string; on: string };

/** An agrément with its dated events; status and decision date as the register would show them today. */
const acc = (status: AccreditationStatus, events: Event[] | undefined, trade = "MENUISIER") => ({
  trade,
  status,
  decidedOn: events?.find((e) => e.kind === "GRANTED" || e.kind === "REFUSED")?.on ?? "2022-01-10",
  withdrawnOn: events?.find((e) => e.kind === "WITHDRAWN")?.on ?? null,
  events,
});
const ev = (kind: string, on: string): Event => ({ kind, on });
const granted = (on: string, ...later: Event[]) => [
  ev("REQUESTED", "2019-11-02"),
  ev("GRANTED", on),
  ...later,
];

// The fixture starts on 2023-01-01 at unit 2123456789 for MENUISIER.
const check = (overrides: Parameters<typeof monthOf>[1]) =>
  NoAccreditationCheck.check(monthOf("2023-03", overrides));
const reason = (found: string) =>
  `no agrément in force for unit 2123456789 and trade MENUISIER on the start 2023-01-01 (found: ${found}); it must exist before the contract (domain.md §4)`;

describe("NoAccreditationCheck", () => {
  it("has a stable code and cites domain.md §4", () => {
    expect([NoAccreditationCheck.code, NoAccreditationCheck.source]).toEqual(["NO_ACCREDITATION", "§4"]);
  });

  it.each([
    ["no agrément at all", [], "none for this trade"],
    [
      "an agrément for another trade only",
      [acc("ACTIVE", granted("2022-01-10"), "COIFFEUR")],
      "none for this trade",
    ],
    [
      "an agrément granted after the start",
      [acc("ACTIVE", granted("2023-01-02"))],
      "REQUESTED (REQUESTED 2019-11-02, GRANTED 2023-01-02)",
    ],
    [
      "an agrément withdrawn before the start",
      [acc("WITHDRAWN", granted("2020-01-10", ev("WITHDRAWN", "2022-12-31")))],
      "WITHDRAWN (REQUESTED 2019-11-02, GRANTED 2020-01-10, WITHDRAWN 2022-12-31)",
    ],
    [
      "a refused request",
      [acc("REFUSED", [ev("REQUESTED", "2022-05-01"), ev("REFUSED", "2022-06-15")])],
      "REFUSED (REQUESTED 2022-05-01, REFUSED 2022-06-15)",
    ],
    [
      "an agrément suspended over the start, reinstated since (its status today is ACTIVE)",
      [acc("ACTIVE", granted("2021-03-01", ev("SUSPENDED", "2022-11-10"), ev("REINSTATED", "2023-02-01")))],
      "SUSPENDED (REQUESTED 2019-11-02, GRANTED 2021-03-01, SUSPENDED 2022-11-10, REINSTATED 2023-02-01)",
    ],
    [
      "an agrément suspended on the start day itself",
      [acc("SUSPENDED", granted("2021-03-01", ev("SUSPENDED", "2023-01-01")))],
      "SUSPENDED (REQUESTED 2019-11-02, GRANTED 2021-03-01, SUSPENDED 2023-01-01)",
    ],
  ])("flags %s, naming each agrément's state on the start and its dates", (_name, accreditations, found) => {
    expect(check({ accreditations })).toEqual({ kind: "FLAG", reason: reason(found) });
  });

  it.each([
    ["granted on the start day", [acc("ACTIVE", granted("2023-01-01"))]],
    [
      "withdrawn only after the start",
      [acc("WITHDRAWN", granted("2020-01-10", ev("WITHDRAWN", "2023-01-31")))],
    ],
    [
      "withdrawn on the start day (it counts from the day after, domain.md §2)",
      [acc("WITHDRAWN", granted("2020-01-10", ev("WITHDRAWN", "2023-01-01")))],
    ],
    [
      "suspended now but only after the start (its status today is SUSPENDED)",
      [acc("SUSPENDED", granted("2021-03-01", ev("SUSPENDED", "2023-01-02")))],
    ],
    [
      "reinstated on or before the start",
      [acc("ACTIVE", granted("2021-03-01", ev("SUSPENDED", "2022-10-01"), ev("REINSTATED", "2023-01-01")))],
    ],
    [
      "one good among bad ones",
      [
        acc("REFUSED", [ev("REQUESTED", "2018-11-01"), ev("REFUSED", "2019-01-01")]),
        acc("ACTIVE", granted("2021-03-01")),
      ],
    ],
    [
      "one dated and in force beside one without events",
      [acc("ACTIVE", granted("2021-03-01")), acc("ACTIVE", undefined)],
    ],
  ])("passes an agrément %s", (_name, accreditations) => {
    expect(check({ accreditations })).toEqual({ kind: "PASS" });
  });

  it("does not evaluate when no dated agrément covers the start and one has no events, or the trade is unmapped", () => {
    expect(check({ accreditations: [acc("ACTIVE", undefined)] })).toEqual({
      kind: "NOT_EVALUATED",
      reason:
        "no dated agrément of unit 2123456789 for MENUISIER is in force on the start 2023-01-01 and one has no dated events, so whether it was in force is unknown",
    });
    expect(check({ accreditations: [acc("ACTIVE", granted("2023-02-01")), acc("SUSPENDED", [])] }).kind).toBe(
      "NOT_EVALUATED",
    );
    expect(check({ tradeCode: null })).toEqual({
      kind: "NOT_EVALUATED",
      reason: expect.stringContaining("the trade has no single common trade"),
    });
  });

  it("judges every month of the contract alike: the start is a fact of the whole contract", () => {
    const accreditations = [acc("ACTIVE", granted("2021-03-01", ev("SUSPENDED", "2022-12-01")))];
    const months = ["2023-01", "2023-05", "2023-09"].map((month) =>
      NoAccreditationCheck.check(monthOf(month, { accreditations })),
    );
    expect(new Set(months.map((outcome) => JSON.stringify(outcome))).size).toBe(1);
    expect(months[0].kind).toBe("FLAG");
  });
});
