import { buildLevelTimeline } from "../../../levels/levelTimeline";
import { RuleBook } from "../../../rules/RuleBook";
import { buildMonthContext, type ContractFacts } from "../../ContractCheck";
import { AgrementNotInForceCheck } from "../AgrementNotInForceCheck";

const timeline = buildLevelTimeline({
  namespace: "cefa",
  records: [],
  ruleBook: RuleBook.empty(),
  asOf: "2025-12-31",
});

function contract(
  events: { kind: string; on: string }[] | undefined,
  tradeCode: string | null = "MENUISIER",
): ContractFacts {
  return {
    id: "CC1",
    contractType: "CONTRAT_ALTERNANCE",
    signatureDate: "2023-08-20",
    startDate: "2023-09-01",
    plannedEndDate: "2024-08-31",
    endedOn: null,
    companyHoursPerWeek: 24,
    centreHoursPerWeek: 12,
    payPeriods: [],
    statusPeriods: [],
    endReason: null,
    learnerBirthDate: "2006-01-01",
    learnerHasLegalRepresentative: true,
    establishmentUnitNumber: "2000000097",
    tradeCode,
    otherContracts: [],
    accreditations: [
      { trade: "MENUISIER", status: "ACTIVE", decidedOn: "2023-01-10", withdrawnOn: null, events },
    ],
    levelTimeline: timeline,
    rmmmg: [],
    levelPayShares: [],
  };
}

const judge = (facts: ContractFacts, month: string) =>
  AgrementNotInForceCheck.check(buildMonthContext(facts, month));

describe("AgrementNotInForceCheck", () => {
  const granted = [
    { kind: "REQUESTED", on: "2022-12-01" },
    { kind: "GRANTED", on: "2023-01-10" },
  ];

  it("passes a month covered by a granted agrément", () => {
    expect(judge(contract(granted), "2023-10").kind).toBe("PASS");
  });

  it("flags the months of a suspension, and passes again after the reinstatement", () => {
    const suspended = [
      ...granted,
      { kind: "SUSPENDED", on: "2023-11-10" },
      { kind: "REINSTATED", on: "2024-01-05" },
    ];
    expect(judge(contract(suspended), "2023-10").kind).toBe("PASS");
    expect(judge(contract(suspended), "2023-11")).toMatchObject({
      kind: "FLAG",
      reason: expect.stringContaining("2023-11-10"),
    });
    expect(judge(contract(suspended), "2023-12").kind).toBe("FLAG");
    expect(judge(contract(suspended), "2024-01")).toMatchObject({
      kind: "FLAG",
      reason: expect.stringContaining("2024-01-01"),
    });
    expect(judge(contract(suspended), "2024-02").kind).toBe("PASS");
  });

  it("counts a withdrawal from the day after: the contract ends that day (domain.md §2)", () => {
    const withdrawn = [...granted, { kind: "WITHDRAWN", on: "2024-03-31" }];
    expect(judge(contract(withdrawn), "2024-03").kind).toBe("PASS");
    expect(judge(contract(withdrawn), "2024-04").kind).toBe("FLAG");
  });

  it("flags a contract started before the agrément was granted, in the months before", () => {
    const late = [
      { kind: "REQUESTED", on: "2023-08-01" },
      { kind: "GRANTED", on: "2023-10-15" },
    ];
    expect(judge(contract(late), "2023-09").kind).toBe("FLAG");
    expect(judge(contract(late), "2023-10")).toMatchObject({
      kind: "FLAG",
      reason: expect.stringContaining("2023-10-01"),
    });
    expect(judge(contract(late), "2023-11").kind).toBe("PASS");
  });

  it("reads a second, undated agrément as unknown: passes when a dated one is in force, else not evaluated", () => {
    const suspended = [...granted, { kind: "SUSPENDED", on: "2023-11-10" }];
    const withUndated = (events: { kind: string; on: string }[]): ContractFacts => {
      const facts = contract(events);
      const undated = { ...facts.accreditations[0], events: undefined };
      return { ...facts, accreditations: [...facts.accreditations, undated] };
    };
    expect(judge(withUndated(suspended), "2023-10").kind).toBe("PASS");
    expect(judge(withUndated(suspended), "2023-11")).toEqual({
      kind: "NOT_EVALUATED",
      reason: "an agrément of unit 2000000097 for MENUISIER has no dated events",
    });
  });

  it("flags a month with no agrément at all for the trade", () => {
    expect(judge({ ...contract(granted), accreditations: [] }, "2023-10")).toEqual({
      kind: "FLAG",
      reason:
        "no agrément of unit 2000000097 for MENUISIER in force from 2023-10-01 (state: no agrément for this trade); the contract needs one every day it runs (domain.md §4)",
    });
  });

  it("does not judge without a single common trade, without events, or outside the contract", () => {
    expect(judge(contract(granted, null), "2023-10").kind).toBe("NOT_EVALUATED");
    expect(judge(contract(undefined), "2023-10").kind).toBe("NOT_EVALUATED");
    expect(judge(contract(granted), "2025-10").kind).toBe("NOT_EVALUATED");
  });
});
