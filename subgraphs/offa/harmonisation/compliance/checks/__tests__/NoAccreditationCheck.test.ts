import { monthOf } from "../../__tests__/contractFacts";
import type { AccreditationStatus } from "../../ContractCheck";
import { NoAccreditationCheck } from "../NoAccreditationCheck";

const acc = (
  status: AccreditationStatus,
  decidedOn: string,
  withdrawnOn: string | null = null,
  trade = "MENUISIER",
) => ({ trade, status, decidedOn, withdrawnOn });

// The fixture starts on 2023-01-01 at unit 2123456789 for MENUISIER.
const check = (overrides: Parameters<typeof monthOf>[1]) =>
  NoAccreditationCheck.check(monthOf("2023-03", overrides));

describe("NoAccreditationCheck", () => {
  it("has a stable code and cites domain.md §4", () => {
    expect([NoAccreditationCheck.code, NoAccreditationCheck.source]).toEqual(["NO_ACCREDITATION", "§4"]);
  });

  it.each([
    ["no agrément at all", [], "(found: none for this trade)"],
    [
      "an agrément for another trade only",
      [acc("ACTIVE", "2022-01-10", null, "COIFFEUR")],
      "(found: none for this trade)",
    ],
    [
      "an agrément decided after the start",
      [acc("ACTIVE", "2023-01-02")],
      "(found: ACTIVE decided 2023-01-02)",
    ],
    [
      "an agrément withdrawn before the start",
      [acc("WITHDRAWN", "2020-01-10", "2022-12-31")],
      "(found: WITHDRAWN decided 2020-01-10 withdrawn 2022-12-31)",
    ],
    ["a refused request", [acc("REFUSED", "2022-06-15")], "(found: REFUSED decided 2022-06-15)"],
  ])("flags %s", (_name, accreditations, found) => {
    expect(check({ accreditations })).toEqual({
      kind: "FLAG",
      reason: `no agrément in force for unit 2123456789 and trade MENUISIER on the start 2023-01-01 ${found}; it must exist before the contract (domain.md §4)`,
    });
  });

  it.each([
    ["ACTIVE decided on the start day", [acc("ACTIVE", "2023-01-01")]],
    ["withdrawn only after the start", [acc("WITHDRAWN", "2020-01-10", "2023-01-31")]],
    ["one good among bad ones", [acc("REFUSED", "2019-01-01"), acc("ACTIVE", "2021-03-01")]],
  ])("passes an agrément %s", (_name, accreditations) => {
    expect(check({ accreditations })).toEqual({ kind: "PASS" });
  });

  it("does not evaluate a SUSPENDED agrément (when it was suspended is not recorded) or an unmapped trade", () => {
    expect(check({ accreditations: [acc("SUSPENDED", "2021-03-01")] }).kind).toBe("NOT_EVALUATED");
    expect(check({ tradeCode: null })).toEqual({
      kind: "NOT_EVALUATED",
      reason: expect.stringContaining("the trade has no single common trade"),
    });
  });
});
