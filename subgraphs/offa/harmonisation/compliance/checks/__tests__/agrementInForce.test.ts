import {
  agrementChangeDays,
  agrementInForceOn,
  agrementStateOn,
  describeAgrementEvents,
  type AgrementFact,
} from "../agrementInForce";

const agrement = (...events: [string, string][]): AgrementFact => ({
  trade: "MENUISIER",
  status: "ACTIVE",
  decidedOn: "2022-01-10",
  withdrawnOn: null,
  events: events.map(([kind, on]) => ({ kind, on })),
});

describe("agrementInForce", () => {
  // Recorded out of order on purpose: the events are read by date.
  const life = agrement(
    ["SUSPENDED", "2023-05-10"],
    ["REQUESTED", "2022-11-01"],
    ["GRANTED", "2022-12-15"],
    ["REINSTATED", "2023-07-01"],
    ["WITHDRAWN", "2024-03-31"],
  );

  it.each([
    ["2022-10-31", "NONE"],
    ["2022-11-01", "REQUESTED"],
    ["2022-12-15", "GRANTED"],
    ["2023-05-09", "GRANTED"],
    ["2023-05-10", "SUSPENDED"],
    ["2023-06-30", "SUSPENDED"],
    ["2023-07-01", "GRANTED"],
    ["2024-03-31", "GRANTED"],
    ["2024-04-01", "WITHDRAWN"],
  ])("reads the state on %s as %s (a withdrawal counts from the day after)", (day, state) => {
    expect(agrementStateOn(life, day)).toBe(state);
  });

  it("is in force when one agrément is granted, not in force with each state named, undated when unknown", () => {
    const refused = agrement(["REQUESTED", "2022-01-01"], ["REFUSED", "2022-02-01"]);
    const undated: AgrementFact = { ...refused, events: undefined };
    expect(agrementInForceOn([refused, life], "2023-01-01")).toEqual({ kind: "IN_FORCE" });
    expect(agrementInForceOn([refused, life], "2023-06-01")).toEqual({
      kind: "NOT_IN_FORCE",
      states: ["REFUSED", "SUSPENDED"],
    });
    expect(agrementInForceOn([], "2023-06-01")).toEqual({ kind: "NOT_IN_FORCE", states: [] });
    expect(agrementInForceOn([life, undated], "2023-06-01")).toEqual({ kind: "UNDATED" });
    expect(agrementInForceOn([life, undated], "2023-01-01")).toEqual({ kind: "IN_FORCE" });
  });

  it("lists the days the answer may change within a period, the first day included", () => {
    expect(agrementChangeDays([life], "2023-05-01", "2023-07-31")).toEqual([
      "2023-05-01",
      "2023-05-10",
      "2023-05-11",
      "2023-07-01",
      "2023-07-02",
    ]);
    expect(agrementChangeDays([], "2023-05-01", "2023-05-31")).toEqual(["2023-05-01"]);
  });

  it("describes an agrément's events by date", () => {
    expect(describeAgrementEvents(agrement(["GRANTED", "2022-12-15"], ["REQUESTED", "2022-11-01"]))).toBe(
      "REQUESTED 2022-11-01, GRANTED 2022-12-15",
    );
    expect(describeAgrementEvents({ ...life, events: undefined })).toBe("no dated events");
  });
});
