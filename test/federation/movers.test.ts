import { peopleWithoutNationalNumber } from "../../scripts/dataset";
import { refreshMobilityMoves } from "../../scripts/mobility/refreshMobilityMoves";
import { type GraphQLResponse, postGraphQL } from "../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

/*
 * Issue 10, item 5: Query.movers lists the moves between providers derived from the journeys (never courses
 * taken at another provider), filtered and paged, checked against the ground truth; a page's cost does not grow
 * with its size.
 */

type Move = {
  learner: { id: string } | null;
  movedOn: string;
  fromProvider: string;
  toProvider: string;
  tradeChanged: boolean | null;
  region: string | null;
};
type Page = {
  movers: {
    moves: Move[];
    totalMoves: number;
    totalLearners: number;
    endCursor: string | null;
    hasNextPage: boolean;
    derivedAsOf: string;
  };
};

const MOVERS = /* GraphQL */ `
  query Movers(
    $from: LocalDate!
    $to: LocalDate!
    $fromProvider: Provider
    $toProvider: Provider
    $tradeChanged: Boolean
    $tradeCode: String
    $first: Int
    $after: ID
  ) {
    movers(
      from: $from
      to: $to
      fromProvider: $fromProvider
      toProvider: $toProvider
      tradeChanged: $tradeChanged
      tradeCode: $tradeCode
      first: $first
      after: $after
    ) {
      moves {
        learner {
          id
        }
        movedOn
        fromProvider
        toProvider
        tradeChanged
        region
      }
      totalMoves
      totalLearners
      endCursor
      hasNextPage
      derivedAsOf
    }
  }
`;

// The longest period one request may cover (20 years), ending on the dataset's "today".
const ALL_TIME = { from: "2006-07-01", to: "2026-06-30" };
const PROVIDER = { cefa: "CEFA", ifapme: "IFAPME", sfpme: "SFPME" } as const;

let stack: TestStack;

function movers(variables: Record<string, unknown>): Promise<GraphQLResponse<Page> & { status: number }> {
  return postGraphQL<Page>(stack.gatewayUrl, MOVERS, { ...ALL_TIME, ...variables });
}

async function allMoves(variables: Record<string, unknown>, first = 20): Promise<Move[]> {
  const moves: Move[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const response: GraphQLResponse<Page> = await movers({ ...variables, first, after });
    expect(response.errors).toBeUndefined();
    moves.push(...response.data!.movers.moves);
    if (!response.data!.movers.hasNextPage) return moves;
    after = response.data!.movers.endCursor;
  }
  throw new Error("more than 100 pages");
}

/** The ground truth's moves between providers (courses at another provider are not moves). */
function truthMoves(period = { from: "2000-01-01", to: "2099-12-31" }) {
  // A person whose number a provider never recorded is two OFFA learners until a reviewer confirms the candidate:
  // no move shows for them yet.
  const awaitingReview = peopleWithoutNationalNumber(stack.groundTruth);
  return stack.groundTruth.people
    .filter((person) => !awaitingReview.has(person))
    .flatMap((person) =>
      person.moves
        .filter(
          (move) =>
            move.kind !== "EFP_COURSES_AT_IFAPME" && move.date >= period.from && move.date <= period.to,
        )
        .map((move) => ({
          learner: person.offaLearnerId,
          movedOn: move.date,
          fromProvider: PROVIDER[move.from],
          toProvider: PROVIDER[move.to],
          tradeChanged: move.tradeChanged,
        })),
    );
}

const key = (move: { learner: string; movedOn: string; fromProvider: string; toProvider: string }) =>
  `${move.learner} ${move.movedOn} ${move.fromProvider}>${move.toProvider}`;

beforeAll(async () => {
  stack = await startPostgresTestStack({ seed: 7, scale: 0.01 });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

test("before the moves were ever derived, movers is an error, never an empty list", async () => {
  const response = await movers({});
  expect(response.data).toBeNull();
  expect(response.errors?.[0].extensions?.code).toBe("OFFA_MOBILITY_NOT_DERIVED");
});

describe("once derived from the journeys", () => {
  beforeAll(async () => {
    const result = await refreshMobilityMoves(stack.stores.offa, stack.gatewayUrl, stack.groundTruth.today);
    expect(result.moves).toBeGreaterThan(5);
  }, 120_000);

  test("every move of the ground truth is listed once, and nothing else", async () => {
    const listed = await allMoves({});
    const period = { from: ALL_TIME.from, to: ALL_TIME.to };
    expect(listed.map((m) => key({ ...m, learner: m.learner!.id })).sort()).toEqual(
      truthMoves(period).map(key).sort(),
    );
    const first = await movers({ first: 1 });
    expect(first.data!.movers.totalMoves).toBe(listed.length);
    expect(first.data!.movers.totalLearners).toBe(new Set(listed.map((m) => m.learner!.id)).size);
    expect(first.data!.movers.derivedAsOf).toBe(stack.groundTruth.today);
  });

  test("filters by provider pair, period and trade change select exactly the matching moves of the truth", async () => {
    const cefaToIfapme = await allMoves({ fromProvider: "CEFA", toProvider: "IFAPME" });
    expect(cefaToIfapme.map((m) => key({ ...m, learner: m.learner!.id })).sort()).toEqual(
      truthMoves(ALL_TIME)
        .filter((m) => m.fromProvider === "CEFA" && m.toProvider === "IFAPME")
        .map(key)
        .sort(),
    );
    const recent = { from: "2017-09-01", to: "2019-08-31" };
    const inPeriod = await allMoves(recent);
    expect(inPeriod.map((m) => key({ ...m, learner: m.learner!.id })).sort()).toEqual(
      truthMoves(recent).map(key).sort(),
    );
    const sameTrade = await allMoves({ tradeChanged: false });
    expect(sameTrade.length).toBeGreaterThan(0);
    const truthByKey = new Map(truthMoves(ALL_TIME).map((m) => [key(m), m]));
    for (const move of sameTrade) {
      expect(truthByKey.get(key({ ...move, learner: move.learner!.id }))?.tradeChanged).toBe(false);
    }
  });

  test("bad input gets a clear error with a stable code, before anything is read", async () => {
    const codeOf = async (variables: Record<string, unknown>) =>
      (await movers(variables)).errors?.map((e) => e.extensions?.code);
    expect(await codeOf({ from: "2019-01-01", to: "2018-01-01" })).toEqual(["OFFA_INPUT_PERIOD_REVERSED"]);
    expect(await codeOf({ from: "1990-01-01", to: "2019-01-01" })).toEqual(["OFFA_INPUT_PERIOD_TOO_LONG"]);
    expect(await codeOf({ first: 101 })).toEqual(["OFFA_INPUT_PAGE_SIZE"]);
    expect(await codeOf({ after: "not-a-cursor" })).toEqual(["OFFA_INPUT_INVALID_CURSOR"]);
    expect(await codeOf({ tradeCode: "NO_SUCH_TRADE" })).toEqual(["OFFA_INPUT_UNKNOWN_TRADE"]);
  });

  test("a page of movers with their journeys costs the same statements whatever its size", async () => {
    const withJourneys = MOVERS.replace(
      "learner {\n          id\n        }",
      "learner {\n          id\n          journey {\n            events {\n              kind\n            }\n          }\n        }",
    );
    expect(withJourneys).not.toBe(MOVERS);
    const statements = async (first: number) => {
      Object.values(stack.counters).forEach((counter) => counter.reset());
      const response = await postGraphQL<Page>(stack.gatewayUrl, withJourneys, { ...ALL_TIME, first });
      expect(response.errors).toBeUndefined();
      expect(response.data!.movers.moves.length).toBe(first);
      return Object.fromEntries(
        Object.entries(stack.counters).map(([name, counter]) => [name, counter.count()]),
      );
    };
    const total = (await movers({ first: 1 })).data!.movers.totalMoves;
    const large = Math.min(50, total);
    expect(large).toBeGreaterThan(20);
    const small = await statements(20);
    const big = await statements(large);
    expect(big).toEqual(small);
    // Every provider took part: the equality is not that of idle subgraphs.
    for (const count of Object.values(big)) expect(count).toBeGreaterThan(0);
    console.log(`statements per subgraph for a page of 20 and of ${large} movers with journeys:`, big);
  });
});
