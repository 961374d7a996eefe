import { DEFAULT_DATASET } from "../../scripts/dataset";
import { postGraphQL } from "../helpers/graphql";
import { readAllCommonContracts } from "../helpers/readAllCommonContracts";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

/**
 * Agréments through time and starting levels, through the gateway on the default dataset (real PostgreSQL):
 * the months the monthly agrément check flags because of a suspension, the contracts the start-day agrément check
 * flags, and the starts above A, each against the generator's ground truth (computed from its plan, never from
 * OFFA's checks).
 */

/** The dataset's today: every month up to it is judged. */
const AS_OF = "2026-06-30";
const PAGE = 250;

type Contract = {
  provider: string;
  providerContractId: string;
  isContratAlternance: boolean;
  startsOn: string;
  trade: { commonCode: string | null };
  levelHistory: { from: string; level: string | null }[];
  complianceSummary: {
    monthsChecked: number;
    firstMonth: string | null;
    flagged: { code: string; months: string[] }[];
    notEvaluated: { code: string; months: string[]; reasons: { reason: string; months: string[] }[] }[];
  };
};

// asOf is written in the query (a literal fits the argument whatever its scalar).
const QUERY = /* GraphQL */ `
  query ($first: Int!, $after: ID) {
    learners(first: $first, after: $after) {
      id
      commonContracts(asOf: "${AS_OF}") {
        provider
        providerContractId
        isContratAlternance
        startsOn
        trade {
          commonCode
        }
        levelHistory {
          from
          level
        }
        complianceSummary {
          monthsChecked
          firstMonth
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

const keyOf = (ref: { provider: string; contractId: string }) =>
  `${ref.provider.toUpperCase()}:${ref.contractId}`;
const flaggedMonths = (contract: Contract, code: string) =>
  contract.complianceSummary.flagged.find((f) => f.code === code)?.months ?? [];

describe("agréments through time and starting levels, through the gateway (default dataset, PostgreSQL)", () => {
  let stack: TestStack;
  const contracts = new Map<string, Contract & { offaLearnerId: string }>();

  beforeAll(async () => {
    stack = await startPostgresTestStack(DEFAULT_DATASET);
    for (const [key, contract] of await readAllCommonContracts<Contract>(stack.gatewayUrl, QUERY, {
      pageSize: PAGE,
    })) {
      contracts.set(key, contract);
    }
  }, 600_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("flags AGREMENT_NOT_IN_FORCE because of a suspension in exactly the ground truth's months (precision and recall 100 %)", () => {
    const truth = stack.groundTruth.anomalies;
    // Contracts without an agrément at their start are flagged for that; every other flag has a suspension as
    // its only cause (the generator seeds no running suspension on their agréments).
    const noAgrement = new Set([
      ...truth.missingAccreditation.map(keyOf),
      ...stack.groundTruth.dataQuality.unitNotInRegister.map(keyOf),
    ]);
    const expected: Record<string, string[]> = {};
    for (const { contract, months } of truth.agrementSuspendedMonths) {
      expected[keyOf(contract)] = [...new Set([...(expected[keyOf(contract)] ?? []), ...months])].sort();
    }
    const actual: Record<string, string[]> = {};
    for (const [key, contract] of contracts) {
      const flagged = flaggedMonths(contract, "AGREMENT_NOT_IN_FORCE");
      if (flagged.length > 0 && !noAgrement.has(key)) actual[key] = flagged;
    }
    expect(truth.runningSuspensions.length).toBeGreaterThanOrEqual(10);
    expect(Object.values(expected).flat().length).toBeGreaterThanOrEqual(20);
    expect(actual).toEqual(expected);
  });

  it("flags NO_ACCREDITATION on exactly the ground truth's contracts, a suspension over the start named with its dates", async () => {
    const truth = stack.groundTruth.anomalies;
    const flagged = [...contracts]
      .filter(([, contract]) => flaggedMonths(contract, "NO_ACCREDITATION").length > 0)
      .map(([key]) => key)
      .sort();
    const expected = truth.noAgrementOnStart.map(keyOf).sort();
    expect(expected.length).toBeGreaterThan(50);
    expect(flagged).toEqual(expected);
    // A start during a seeded suspension: its reason names the suspension's day.
    const missing = new Set(truth.missingAccreditation.map(keyOf));
    const started = truth.noAgrementOnStart.filter((ref) => !missing.has(keyOf(ref)));
    expect(started.length).toBeGreaterThan(0);
    const key = keyOf(started[0]);
    const contract = contracts.get(key)!;
    const suspension = truth.agrementSuspendedMonths.find(
      (entry) => keyOf(entry.contract) === key,
    )!.suspended;
    const response = await postGraphQL<{
      learner: {
        commonContracts: {
          provider: string;
          providerContractId: string;
          compliance: { flags: { code: string; reason: string }[] };
        }[];
      };
    }>(
      stack.gatewayUrl,
      /* GraphQL */ `query ($id: ID!) { learner(id: $id) { commonContracts(asOf: "${AS_OF}") {
        provider providerContractId compliance(month: "${contract.startsOn.slice(0, 7)}") { flags { code reason } } } } }`,
      { id: contract.offaLearnerId },
    );
    expect(response.errors).toBeUndefined();
    const mine = response.data!.learner.commonContracts.find(
      (c) => `${c.provider}:${c.providerContractId}` === key,
    )!;
    const reason = mine.compliance.flags.find((f) => f.code === "NO_ACCREDITATION")!.reason;
    expect(reason).toContain(`on the start ${contract.startsOn}`);
    expect(reason).toContain(`SUSPENDED ${suspension.from}`);
  });

  it("exposes the ground truth's starts above A: level above A on the start, with or without an earlier same-trade contrat d'alternance", () => {
    const { withSameTradeHistory, withoutBasis } = stack.groundTruth.anomalies.startAboveA;
    expect(withSameTradeHistory.length).toBeGreaterThan(20);
    expect(withoutBasis.length).toBeGreaterThan(20);
    const startLevel = (contract: Contract) =>
      contract.levelHistory.find((entry) => entry.from === contract.startsOn)?.level ?? null;
    const earlierSameTrade = (key: string) => {
      const contract = contracts.get(key)!;
      return [...contracts.entries()].filter(
        ([otherKey, other]) =>
          otherKey !== key &&
          other.offaLearnerId === contract.offaLearnerId &&
          other.isContratAlternance &&
          other.startsOn < contract.startsOn &&
          other.trade.commonCode === contract.trade.commonCode,
      );
    };
    const listed = new Set([...withSameTradeHistory, ...withoutBasis].map(keyOf));
    // Recall: every listed contract starts above A as OFFA reads it, with its trade resolved.
    for (const key of listed) {
      const contract = contracts.get(key)!;
      expect([key, contract.isContratAlternance, contract.trade.commonCode !== null]).toEqual([
        key,
        true,
        true,
      ]);
      expect([key, startLevel(contract)]).toEqual([key, expect.stringMatching(/^[BC]$/)]);
    }
    // Each history is there through the gateway, at another provider for some; none for the others.
    const histories = withSameTradeHistory.map((ref) => earlierSameTrade(keyOf(ref)));
    expect(histories.filter((found) => found.length === 0)).toEqual([]);
    expect(
      withSameTradeHistory.filter((ref, index) =>
        histories[index].some(([, other]) => other.provider !== ref.provider.toUpperCase()),
      ).length,
    ).toBeGreaterThan(0);
    expect(withoutBasis.map(keyOf).filter((key) => earlierSameTrade(key).length > 0)).toEqual([]);
    // Precision: no other judged contrat d'alternance with a single common trade starts above A, unless an
    // earlier contract of its learner has no single common trade (the ground truth leaves those out).
    const unlisted = [...contracts].filter(
      ([key, contract]) =>
        !listed.has(key) &&
        contract.isContratAlternance &&
        contract.trade.commonCode !== null &&
        contract.startsOn <= AS_OF &&
        /^[BC]$/.test(startLevel(contract) ?? "") &&
        ![...contracts.values()].some(
          (other) =>
            other.offaLearnerId === contract.offaLearnerId &&
            other.isContratAlternance &&
            other.startsOn < contract.startsOn &&
            other.trade.commonCode === null,
        ),
    );
    expect(unlisted.map(([key]) => key)).toEqual([]);
  });

  it("judges START_LEVEL_WITHOUT_BASIS: never flagged, left unjudged for want of a basis on exactly the ground truth's starts", () => {
    const { withSameTradeHistory, withoutBasis } = stack.groundTruth.anomalies.startAboveA;
    const judgedOnStart = (key: string, outcome: "flagged" | "notEvaluated") => {
      const summary = contracts.get(key)!.complianceSummary;
      return summary[outcome].some(
        (entry) => entry.code === "START_LEVEL_WITHOUT_BASIS" && entry.months.includes(summary.firstMonth!),
      );
    };
    const noBasisOnStart = (key: string) => {
      const summary = contracts.get(key)!.complianceSummary;
      return summary.notEvaluated.some(
        (entry) =>
          entry.code === "START_LEVEL_WITHOUT_BASIS" &&
          entry.reasons.some(
            (r) =>
              r.reason.includes("follows no earlier contrat d'alternance") &&
              r.months.includes(summary.firstMonth!),
          ),
      );
    };
    const everyKey = [...contracts.keys()];
    expect(everyKey.filter((key) => judgedOnStart(key, "flagged"))).toEqual([]);
    // Recall and precision against the ground truth: exactly the starts above A without an earlier same-trade
    // contract are left unjudged for that reason (no provider records the concertation).
    const expected = withoutBasis
      .map(keyOf)
      .filter((key) => contracts.get(key)!.complianceSummary.monthsChecked > 0);
    expect(expected.length).toBeGreaterThan(20);
    expect(everyKey.filter(noBasisOnStart).sort()).toEqual(expected.sort());
    expect(withSameTradeHistory.map(keyOf).filter(noBasisOnStart)).toEqual([]);
  });
});
