import { Client } from "pg";
import { refreshFigureModel } from "../../scripts/mobility/refreshFigureModel";
import { signDevelopmentToken } from "../../gateway/auth";
import { DEVELOPMENT_SIGNING_KEY } from "../../schema/contract/signing";
import { createTestDatabase, type TestDatabase } from "../helpers/createTestDatabase";
import { type Cell, expectCellsToMatch, FIGURES, type Figures } from "../helpers/figureCells";
import { figureOracle, type OracleDimension, type OracleMeasure } from "../helpers/figureOracle";
import { postGraphQL } from "../helpers/graphql";
import { startTestStack, type TestStack } from "../helpers/startTestStack";

/*
 * Issue 11: OFFA's figure model (subgraphs/offa/figureModel). Once a snapshot of a day is derived, a figure request
 * with that asOf and within the model's scope is answered from it with no provider statement, and every cell is
 * the one the providers give (asked before the snapshot existed) and the test-only SQL oracle counts. Requests
 * outside the scope, or with another asOf, still go to the providers; a refresh that cannot read a provider keeps
 * the model as it was.
 */

const DAY = "2025-06-30";
const PERIODS = ["2019-2020", "2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"];

/** Requests within the model's scope: measures, splits and filters a dashboard asks. */
const WITHIN: { name: string; variables: Record<string, unknown> }[] = [
  {
    name: "the national overview",
    variables: {
      measures: ["LEARNERS_ENROLLED", "LEARNERS_UNDER_CONTRACT", "PLACEMENT_RATE", "CONTRACTS_STARTED"],
      by: ["PROVIDER", "LEVEL", "UNIT_REGION"],
    },
  },
  {
    name: "contract ends by reason",
    variables: {
      measures: ["CONTRACTS_ENDED_AT_TERM", "CONTRACTS_ENDED_EARLY"],
      by: ["PROVIDER", "END_REASON"],
    },
  },
  {
    name: "progressions and certifications by trade",
    variables: {
      measures: ["LEVEL_PROGRESSION_A_TO_B", "LEVEL_PROGRESSION_B_TO_C", "CERTIFICATIONS_AWARDED"],
      by: ["TRADE"],
    },
  },
  {
    name: "months under contract by unit province, level A only",
    variables: {
      measures: ["AVERAGE_MONTHS_UNDER_CONTRACT", "LEARNERS_UNDER_CONTRACT"],
      by: ["UNIT_PROVINCE"],
      where: { levels: ["A"] },
    },
  },
];

let stack: TestStack;
let databases: TestDatabase[];
let analyst: string;
/** What the providers answered for each request of WITHIN, before any snapshot existed. */
const fromProviders = new Map<string, Cell[]>();

beforeAll(async () => {
  databases = [await createTestDatabase(), await createTestDatabase()];
  stack = await startTestStack(
    { kind: "postgres", url: databases[0].url },
    { kind: "postgres", url: databases[1].url },
    { seed: 7, scale: 0.02 },
  );
  analyst = await signDevelopmentToken({ role: "DASHBOARD_ANALYST", ttlSeconds: 7200 });
}, 300_000);

afterAll(async () => {
  await stack?.stop();
  for (const database of databases ?? []) await database.drop();
});

async function figures(variables: Record<string, unknown>): Promise<NonNullable<Figures["figures"]>> {
  const response = await postGraphQL<Figures>(
    stack.gatewayUrl,
    FIGURES,
    { from: PERIODS[0], to: PERIODS[PERIODS.length - 1], asOf: DAY, ...variables },
    {},
    analyst,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.figures).toBeTruthy();
  return response.data?.figures as NonNullable<Figures["figures"]>;
}

async function statementsOf(work: () => Promise<unknown>): Promise<Record<string, number>> {
  for (const counter of Object.values(stack.counters)) counter.reset();
  await work();
  return Object.fromEntries(Object.entries(stack.counters).map(([name, counter]) => [name, counter.count()]));
}

function providerAccess(overrides: Partial<Record<"cefa" | "ifapme" | "sfpme", string>> = {}) {
  return {
    urls: {
      cefa: stack.subgraphs.cefa.url,
      ifapme: stack.subgraphs.ifapme.url,
      sfpme: stack.subgraphs.sfpme.url,
      ...overrides,
    },
    signingKey: DEVELOPMENT_SIGNING_KEY,
  };
}

async function snapshotCounts(): Promise<{ snapshots: number; groups: number }> {
  const client = new Client({ connectionString: databases[1].url });
  await client.connect();
  try {
    const { rows } = await client.query<{ snapshots: number; groups: number }>(
      `SELECT (SELECT count(*)::int FROM offa.figure_snapshot) AS snapshots,
              (SELECT count(*)::int FROM offa.figure_snapshot_group) AS groups`,
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

describe("OFFA's figure model", () => {
  it("is not used before a snapshot exists: the providers answer", async () => {
    for (const request of WITHIN) {
      let table: NonNullable<Figures["figures"]> | undefined;
      const statements = await statementsOf(async () => {
        table = await figures(request.variables);
      });
      expect(statements.cefa).toBeGreaterThan(0);
      expect(table?.sources.filter((source) => source.origin.includes("subgraph, FigureTable"))).toHaveLength(
        3,
      );
      fromProviders.set(request.name, table?.cells ?? []);
    }
  });

  it("derives a snapshot of a day from the providers' groups, and refuses a partial one", async () => {
    const derived = await refreshFigureModel(stack.stores.offa, providerAccess(), DAY);
    expect(derived.groups).toBeGreaterThan(0);
    // Units are replaced by their places: far fewer rows than the providers' groups by unit.
    expect(derived.groups).toBeLessThan(derived.providerGroups);
    const after = await snapshotCounts();
    expect(after).toEqual({ snapshots: 1, groups: derived.groups });
    // A provider that cannot be reached aborts the refresh, naming it; the snapshot stays as it was.
    await expect(
      refreshFigureModel(stack.stores.offa, providerAccess({ cefa: "http://127.0.0.1:9/graphql" }), DAY),
    ).rejects.toThrow(/cefa subgraph/);
    expect(await snapshotCounts()).toEqual(after);
    // Once it gave up, it asks no other provider anything more (after a moment for a request already received to
    // finish: without the stop, the other providers' loops would go on for seconds).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const afterFailure = await statementsOf(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect([afterFailure.ifapme, afterFailure.sfpme]).toEqual([0, 0]);
    // Derived again, it replaces the day's snapshot rather than adding one.
    await refreshFigureModel(stack.stores.offa, providerAccess(), DAY);
    expect(await snapshotCounts()).toEqual(after);
  });

  it.each(WITHIN.map((request) => [request.name, request]))(
    "answers %s from the snapshot, with no provider statement, cell for cell as the providers did",
    async (_, request) => {
      let table: NonNullable<Figures["figures"]> | undefined;
      const statements = await statementsOf(async () => {
        table = await figures(request.variables);
      });
      expect({ cefa: statements.cefa, ifapme: statements.ifapme, sfpme: statements.sfpme }).toEqual({
        cefa: 0,
        ifapme: 0,
        sfpme: 0,
      });
      expect(
        table?.sources.filter((source) => source.origin.includes(`figure model, snapshot of ${DAY}`)),
      ).toHaveLength(3);
      const expected = fromProviders.get(request.name);
      expect(expected?.length).toBeGreaterThan(0);
      expect(table?.cells).toEqual(expected);
    },
  );

  it.each<[OracleMeasure, OracleDimension[]]>([
    ["LEARNERS_ENROLLED", ["PROVIDER"]],
    ["LEARNERS_UNDER_CONTRACT", ["PROVIDER", "LEVEL"]],
    ["CONTRACTS_STARTED", ["TRADE", "UNIT_PROVINCE"]],
    ["CONTRACTS_ENDED_EARLY", ["PROVIDER", "END_REASON"]],
    ["LEVEL_PROGRESSION_A_TO_B", ["PROVIDER"]],
    ["CERTIFICATIONS_AWARDED", ["PROVIDER", "TRADE"]],
  ])("counts %s by %j from the snapshot as the SQL oracle does", async (measure, by) => {
    const table = await figures({ measures: [measure], by });
    expect(table.sources[0].origin).toContain("figure model");
    expectCellsToMatch(
      table.cells,
      measure,
      await figureOracle(databases[0].url, databases[1].url, { measure, by, periods: PERIODS, asOf: DAY }),
    );
  });

  it.each<[string, Record<string, unknown>]>([
    ["a split the model does not keep (age band)", { measures: ["LEARNERS_ENROLLED"], by: ["AGE_BAND"] }],
    [
      "months rather than school years",
      {
        measures: ["CONTRACTS_STARTED"],
        by: ["PROVIDER"],
        granularity: "MONTH",
        from: "2024-09",
        to: "2025-06",
      },
    ],
    ["another asOf", { measures: ["CONTRACTS_STARTED"], by: ["PROVIDER"], asOf: "2025-06-29" }],
  ])("leaves %s to the providers", async (_, variables) => {
    let table: NonNullable<Figures["figures"]> | undefined;
    const statements = await statementsOf(async () => {
      table = await figures(variables);
    });
    expect(statements.cefa).toBeGreaterThan(0);
    expect(table?.sources.filter((source) => source.origin.includes("figure model"))).toHaveLength(0);
  });
});
