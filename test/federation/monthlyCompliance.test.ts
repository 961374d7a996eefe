import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DATASET } from "../../scripts/dataset";
import { postGraphQL } from "../helpers/graphql";
import { readAllCommonContracts } from "../helpers/readAllCommonContracts";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

/** The dataset's today: every month up to it is judged. */
const AS_OF = "2026-06-30";
const PAGE = 250;

type Summary = {
  applies: boolean;
  firstMonth: string | null;
  lastMonth: string | null;
  monthsChecked: number;
  monthsFlagged: string[];
  flagged: { code: string; months: string[] }[];
  notEvaluated: { code: string; months: string[]; reasons: { reason: string; months: string[] }[] }[];
};
type Contract = {
  provider: string;
  providerContractId: string;
  isContratAlternance: boolean;
  startsOn: string;
  plannedEndOn: string;
  endedOn: string | null;
  complianceSummary: Summary;
};
type Report = {
  month: string;
  flags: { code: string; reason: string }[];
  notEvaluated: { code: string; reason: string }[];
};

const SUMMARY_QUERY = /* GraphQL */ `
  query ($first: Int!, $after: ID, $asOf: LocalDate) {
    learners(first: $first, after: $after) {
      id
      commonContracts(asOf: $asOf) {
        provider
        providerContractId
        isContratAlternance
        startsOn
        plannedEndOn
        endedOn
        complianceSummary {
          applies
          firstMonth
          lastMonth
          monthsChecked
          monthsFlagged
          flagged {
            code
            months
          }
          notEvaluated {
            code
            months
            reasons {
              reason
              months
            }
          }
        }
      }
    }
  }
`;

/** 'YYYY-MM' months from `first` to `last`, computed here rather than by the code under test. */
function months(first: string, last: string): string[] {
  const list: string[] = [];
  for (let [y, m] = first.split("-").map(Number); `${y}-${String(m).padStart(2, "0")}` <= last;) {
    list.push(`${y}-${String(m).padStart(2, "0")}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return list;
}

const keyOf = (ref: { provider: string; contractId: string }) =>
  `${ref.provider.toUpperCase()}:${ref.contractId}`;
const flaggedMonths = (summary: Summary, ...codes: string[]) =>
  [...new Set(summary.flagged.filter((f) => codes.includes(f.code)).flatMap((f) => f.months))].sort();

describe("compliance month by month through the gateway, on the default dataset (real PostgreSQL)", () => {
  let stack: TestStack;
  const contracts = new Map<string, Contract & { offaLearnerId: string }>();

  beforeAll(async () => {
    stack = await startPostgresTestStack(DEFAULT_DATASET);
    // Every contract of every learner, a page at a time, as a dashboard would read them.
    for (const [key, contract] of await readAllCommonContracts<Contract>(stack.gatewayUrl, SUMMARY_QUERY, {
      pageSize: PAGE,
      variables: { asOf: AS_OF },
    })) {
      contracts.set(key, contract);
    }
  }, 600_000);

  afterAll(async () => {
    await stack?.stop();
  });

  /**
   * The months of a contract whose every day (of the contract) has a known RMMMG in the checked-in reference
   * file, read here with a plain split rather than OFFA's parser.
   */
  function monthsWithKnownRmmmg(contract: Contract, lived: string[]): string[] {
    const rows = readFileSync(join(__dirname, "../../schema/mappings/reference/rmmmg.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(",").slice(0, 2));
    const end = contract.endedOn ?? contract.plannedEndOn;
    return lived.filter((month) => {
      for (let day = new Date(`${month}-01T00:00:00Z`); day.toISOString().startsWith(month);) {
        const date = day.toISOString().slice(0, 10);
        if (
          date >= contract.startsOn &&
          date <= end &&
          !rows.some(([from, to]) => from <= date && date <= to)
        ) {
          return false;
        }
        day = new Date(day.getTime() + 86_400_000);
      }
      return true;
    });
  }

  it("judges every month of each contract's life, from its start month to its end capped at asOf", () => {
    expect(contracts.size).toBeGreaterThan(1000);
    for (const contract of contracts.values()) {
      const summary = contract.complianceSummary;
      expect(summary.applies).toBe(contract.isContratAlternance);
      const end = contract.endedOn ?? contract.plannedEndOn;
      const last = (end < AS_OF ? end : AS_OF).slice(0, 7);
      if (contract.startsOn > AS_OF) {
        expect(summary.monthsChecked).toBe(0);
        continue;
      }
      expect([summary.firstMonth, summary.lastMonth]).toEqual([contract.startsOn.slice(0, 7), last]);
      expect(summary.monthsChecked).toBe(months(contract.startsOn.slice(0, 7), last).length);
    }
  });

  it("flags exactly the months the ground truth pays below the minimum: same contracts, same months", () => {
    // payBreachMonths lists every month below the minimum wherever the minimum is known (RMMMG and level),
    // late and missed raises included: precision and recall must both be 100 %.
    const expected = Object.fromEntries(
      stack.groundTruth.anomalies.payBreachMonths.map(({ contract, months: list }) => [
        keyOf(contract),
        list,
      ]),
    );
    const actual: Record<string, string[]> = {};
    for (const [key, contract] of contracts) {
      const flagged = flaggedMonths(contract.complianceSummary, "PAY_BELOW_MINIMUM");
      if (flagged.length > 0) actual[key] = flagged;
    }
    expect(Object.keys(expected).length).toBeGreaterThan(50);
    // Raises that came late are among them, not only contracts paid too little from the first day.
    const fromFirstDay = new Set(stack.groundTruth.anomalies.payBelowMinimum.map(keyOf));
    expect(Object.keys(expected).filter((key) => !fromFirstDay.has(key)).length).toBeGreaterThan(10);
    expect(actual).toEqual(expected);
  });

  it("flags a contract paid below the minimum from the first day in every month whose RMMMG is known, and judges no other", () => {
    let checked = 0;
    for (const ref of stack.groundTruth.anomalies.payBelowMinimum) {
      const contract = contracts.get(keyOf(ref));
      const summary = contract?.complianceSummary;
      if (!contract || !summary?.applies || summary.firstMonth === null) continue;
      const lived = months(summary.firstMonth, summary.lastMonth!);
      const flagged = flaggedMonths(summary, "PAY_BELOW_MINIMUM");
      expect(flagged).toEqual(monthsWithKnownRmmmg(contract, lived));
      // Every other month is said not evaluated, with a reason: none passes.
      const notEvaluated = summary.notEvaluated.find((n) => n.code === "PAY_BELOW_MINIMUM")?.months ?? [];
      expect([...flagged, ...notEvaluated].sort()).toEqual(lived);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("flags exactly the ground truth's hour violations, in every month judged", () => {
    const seeded = new Set(stack.groundTruth.anomalies.hourViolations.map(keyOf));
    const flagged = new Set<string>();
    for (const [key, contract] of contracts) {
      const summary = contract.complianceSummary;
      const hours = flaggedMonths(summary, "OVER_38_HOURS", "UNDER_20_COMPANY_HOURS");
      if (hours.length === 0) continue;
      flagged.add(key);
      expect(hours).toEqual(months(summary.firstMonth!, summary.lastMonth!));
    }
    const expected = [...seeded].filter((key) => {
      const contract = contracts.get(key);
      return (
        contract !== undefined &&
        contract.complianceSummary.applies &&
        contract.complianceSummary.monthsChecked > 0
      );
    });
    expect(expected.length).toBeGreaterThan(5);
    expect([...flagged].sort()).toEqual(expected.sort());
  });

  it("flags an agrément not in force only on the ground truth's contracts without one, and each of them", () => {
    const missing = new Set(stack.groundTruth.anomalies.missingAccreditation.map(keyOf));
    const unknownUnit = new Set(stack.groundTruth.dataQuality.unitNotInRegister.map(keyOf));
    const flagged = [...contracts]
      .filter(([, c]) => flaggedMonths(c.complianceSummary, "AGREMENT_NOT_IN_FORCE").length > 0)
      .map(([key]) => key);
    // No other contract is flagged, except those whose agrément the generator suspended while they ran (their
    // months are checked exactly in test/integration/agrementThroughTime.test.ts).
    const suspended = new Set(
      stack.groundTruth.anomalies.agrementSuspendedMonths.map((s) => keyOf(s.contract)),
    );
    expect(suspended.size).toBeGreaterThan(0);
    expect(
      flagged.filter((key) => !missing.has(key) && !unknownUnit.has(key) && !suspended.has(key)),
    ).toEqual([]);
    // Every contract without an agrément at its start is flagged at least in its first month, unless its
    // trade has no single common trade (then it is not evaluated).
    const notFlagged = [...missing].filter((key) => {
      const contract = contracts.get(key);
      if (!contract || !contract.complianceSummary.applies || contract.complianceSummary.monthsChecked === 0)
        return false;
      const evaluated = !contract.complianceSummary.notEvaluated.some(
        (n) =>
          n.code === "AGREMENT_NOT_IN_FORCE" && n.months.includes(contract.complianceSummary.firstMonth!),
      );
      return (
        evaluated &&
        !flaggedMonths(contract.complianceSummary, "AGREMENT_NOT_IN_FORCE").includes(
          contract.complianceSummary.firstMonth!,
        )
      );
    });
    expect(notFlagged).toEqual([]);
    expect(flagged.length).toBeGreaterThan(5);
  });

  it("flags exactly the ground truth's contracts signed by a minor with no representative on record", () => {
    const seeded = new Set(stack.groundTruth.anomalies.minorWithoutRepresentative.map(keyOf));
    const flagged = [...contracts]
      .filter(([, c]) => flaggedMonths(c.complianceSummary, "MINOR_WITHOUT_REPRESENTATIVE").length > 0)
      .map(([key]) => key)
      .sort();
    const expected = [...seeded].filter((key) => {
      const contract = contracts.get(key);
      return (
        contract !== undefined &&
        contract.complianceSummary.applies &&
        contract.complianceSummary.monthsChecked > 0
      );
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(flagged).toEqual(expected.sort());
  });

  it("flags the seeded overlapping contracts in the months both run, and no others", () => {
    const pairs = stack.groundTruth.anomalies.overlappingContracts;
    expect(pairs.length).toBeGreaterThan(0);
    const expected = new Map<string, Set<string>>();
    const lived = (contract: Contract) => {
      const end = contract.endedOn ?? contract.plannedEndOn;
      return contract.startsOn > AS_OF
        ? []
        : months(contract.startsOn.slice(0, 7), (end < AS_OF ? end : AS_OF).slice(0, 7));
    };
    for (const { first, second } of pairs) {
      const [a, b] = [contracts.get(keyOf(first))!, contracts.get(keyOf(second))!];
      if (!a.isContratAlternance || !b.isContratAlternance) continue;
      const aEnd = a.endedOn ?? a.plannedEndOn;
      const bEnd = b.endedOn ?? b.plannedEndOn;
      // Sharing months is not sharing days: only the months of the shared days count.
      const sharedFrom = a.startsOn > b.startsOn ? a.startsOn : b.startsOn;
      const sharedTo = aEnd < bEnd ? aEnd : bEnd;
      if (sharedFrom > sharedTo) continue;
      const shared = months(sharedFrom.slice(0, 7), sharedTo.slice(0, 7));
      for (const [key, contract] of [
        [keyOf(first), a],
        [keyOf(second), b],
      ] as const) {
        const own = new Set(lived(contract));
        const set = expected.get(key) ?? new Set<string>();
        for (const month of shared) if (own.has(month)) set.add(month);
        expected.set(key, set);
      }
    }
    const actual = new Map<string, string[]>();
    for (const [key, contract] of contracts) {
      const flagged = flaggedMonths(contract.complianceSummary, "OVERLAPPING_CONTRACT");
      if (flagged.length > 0) actual.set(key, flagged);
    }
    expect(Object.fromEntries(actual)).toEqual(
      Object.fromEntries(
        [...expected].filter(([, set]) => set.size > 0).map(([key, set]) => [key, [...set].sort()]),
      ),
    );
  });

  it("answers complianceByMonth month by month, in step with the summary and with compliance(month)", async () => {
    const seeded = stack.groundTruth.anomalies.payBelowMinimum.map(keyOf);
    const key = seeded.find((k) =>
      contracts.get(k)?.complianceSummary.flagged.some((f) => f.code === "PAY_BELOW_MINIMUM"),
    )!;
    const contract = contracts.get(key)!;
    const summary = contract.complianceSummary;
    const response = await postGraphQL<{
      learner: {
        commonContracts: {
          providerContractId: string;
          provider: string;
          complianceByMonth: Report[];
          last: Report;
        }[];
      };
    }>(
      stack.gatewayUrl,
      /* GraphQL */ `
        query ($id: ID!, $asOf: LocalDate, $last: YearMonth) {
          learner(id: $id) {
            commonContracts(asOf: $asOf) {
              provider
              providerContractId
              complianceByMonth {
                month
                flags {
                  code
                  reason
                }
                notEvaluated {
                  code
                  reason
                }
              }
              last: compliance(month: $last) {
                month
                flags {
                  code
                  reason
                }
                notEvaluated {
                  code
                  reason
                }
              }
            }
          }
        }
      `,
      { id: contract.offaLearnerId, asOf: AS_OF, last: summary.lastMonth },
    );
    expect(response.errors).toBeUndefined();
    const found = response.data!.learner.commonContracts.find(
      (c) => `${c.provider}:${c.providerContractId}` === key,
    )!;
    expect(found.complianceByMonth.map((r) => r.month)).toEqual(
      months(summary.firstMonth!, summary.lastMonth!),
    );
    for (const { code, months: flagged } of summary.flagged) {
      expect(
        found.complianceByMonth.filter((r) => r.flags.some((f) => f.code === code)).map((r) => r.month),
      ).toEqual(flagged);
    }
    expect(found.complianceByMonth.at(-1)).toEqual(found.last);
    const pay = found.complianceByMonth.find((r) => r.flags.some((f) => f.code === "PAY_BELOW_MINIMUM"))!;
    expect(pay.flags.find((f) => f.code === "PAY_BELOW_MINIMUM")!.reason).toMatch(
      new RegExp(`^pay \\d+\\.\\d{2} € .*< minimum \\d+\\.\\d{2} € for .* in ${pay.month}`),
    );
  });

  it("bounds complianceByMonth to the contract's months: a bad or outside month is refused on that contract only", async () => {
    const contract = [...contracts.values()].find(
      (c) => c.complianceSummary.applies && c.complianceSummary.monthsChecked > 3,
    )!;
    const { firstMonth, lastMonth } = contract.complianceSummary;
    const query = /* GraphQL */ `query ($id: ID!, $from: YearMonth, $to: YearMonth) { learner(id: $id) { commonContracts(asOf: "${AS_OF}") {
      provider providerContractId complianceByMonth(from: $from, to: $to) { month } } } }`;
    const ask = (from: string | null, to: string | null) =>
      postGraphQL<{
        learner: {
          commonContracts: {
            provider: string;
            providerContractId: string;
            complianceByMonth: { month: string }[] | null;
          }[];
        };
      }>(stack.gatewayUrl, query, { id: contract.offaLearnerId, from, to });

    const second = months(firstMonth!, lastMonth!)[1];
    const inside = await ask(second, second);
    expect(inside.errors).toBeUndefined();
    const mine = inside.data!.learner.commonContracts.find(
      (c) => c.providerContractId === contract.providerContractId,
    )!;
    expect(mine.complianceByMonth).toEqual([{ month: second }]);

    // A malformed month is refused by the YearMonth scalar before any subgraph runs.
    const bad = await ask("2023-13", null);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const [y, m] = firstMonth!.split("-").map(Number);
    const before = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
    const outside = await ask(before, null);
    const error = outside.errors?.find((e) =>
      (e.path as string[] | undefined)?.includes("complianceByMonth"),
    );
    expect(error?.extensions?.code).toBe("OFFA_INPUT_INVALID_DATE");
    expect(error?.extensions?.contractMonths).toEqual({ first: firstMonth, last: lastMonth });
    expect(error?.message).toContain(`from ${before} is outside contract ${contract.providerContractId}`);
    // The learner's contracts are all still there: only the refused field is null.
    expect(outside.data!.learner.commonContracts.length).toBe(
      [...contracts.values()].filter((c) => c.offaLearnerId === contract.offaLearnerId).length,
    );
  });
});
