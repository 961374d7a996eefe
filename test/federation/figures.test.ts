import { Client } from "pg";
import { refreshMobilityMoves } from "../../scripts/mobility/refreshMobilityMoves";
import { signDevelopmentToken } from "../../gateway/auth";
import { createTestDatabase, type TestDatabase } from "../helpers/createTestDatabase";
import {
  figureOracle,
  type OracleCell,
  type OracleDimension,
  type OracleMeasure,
} from "../helpers/figureOracle";
import {
  type Cell,
  cellKey,
  expectCellsToMatch,
  FIGURE_CELL_FIELDS,
  FIGURES,
  type Figures,
} from "../helpers/figureCells";
import { postGraphQL, type GraphQLResponse } from "../helpers/graphql";
import { startTestStack, type TestStack } from "../helpers/startTestStack";

/*
 * Issue 11: Query.figures through the whole stack on PostgreSQL, every cell compared with a test-only SQL oracle
 * that counts over the provider stores and OFFA's mapping tables (test/helpers/figureOracle.ts), for several
 * dimension combinations and an earlier asOf; suppression (primary and complementary, no lone suppressed cell in
 * any line); bad input refused with its code before any provider runs a statement; a provider whose store fails
 * makes the cells it feeds null with OFFA_HARMONISATION_INCOMPLETE, never a partial total.
 */

const PERIODS = ["2019-2020", "2020-2021", "2021-2022", "2022-2023", "2023-2024"];

let stack: TestStack;
let databases: TestDatabase[];
let analyst: string;

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

function figures(
  variables: Record<string, unknown>,
  token: string = analyst,
): Promise<GraphQLResponse<Figures> & { status: number }> {
  return postGraphQL<Figures>(stack.gatewayUrl, FIGURES, variables, {}, token);
}

function oracle(
  measure: OracleMeasure,
  by: OracleDimension[],
  asOf: string,
  periods: string[] = PERIODS,
): Promise<OracleCell[]> {
  return figureOracle(databases[0].url, databases[1].url, { measure, by, periods, asOf });
}

/**
 * In every line of the response (one measure and period, cells sharing all coordinates but one) that holds more
 * than one cell, a suppressed cell has at least one suppressed sibling: no subtraction from the line's total
 * (asked without that dimension) recovers it.
 */
function expectNoLoneSuppressedCell(cells: Cell[]): number {
  let lines = 0;
  const dimensions = cells[0]?.coordinates.length ?? 0;
  for (let dimension = 0; dimension < dimensions; dimension += 1) {
    const byLine = new Map<string, Cell[]>();
    for (const cell of cells) {
      const rest = [
        cell.measure,
        cell.period,
        ...cell.coordinates.filter((_, i) => i !== dimension).map((c) => c.value),
      ];
      byLine.set(JSON.stringify(rest), [...(byLine.get(JSON.stringify(rest)) ?? []), cell]);
    }
    for (const line of byLine.values()) {
      if (line.length < 2) continue;
      const suppressed = line.filter((cell) => cell.suppressed).length;
      if (suppressed > 0) lines += 1;
      expect({ line, lone: suppressed === 1 }).toEqual({ line, lone: false });
    }
  }
  return lines;
}

async function statementsOf(work: () => Promise<unknown>): Promise<Record<string, number>> {
  for (const counter of Object.values(stack.counters)) counter.reset();
  await work();
  return Object.fromEntries(Object.entries(stack.counters).map(([name, counter]) => [name, counter.count()]));
}

describe("Query.figures against the SQL oracle", () => {
  const today = new Date().toISOString().slice(0, 10);

  it.each<[OracleDimension[]]>([
    [["PROVIDER", "LEVEL"]],
    [["TRADE", "UNIT_REGION"]],
    [["AGE_BAND", "LEARNER_REGION"]],
    [["CONTRACT_TYPE", "UNIT_PROVINCE"]],
    [[]],
  ])("counts CONTRACTS_STARTED by %j cell for cell", async (by) => {
    const response = await figures({ measures: ["CONTRACTS_STARTED"], by, from: PERIODS[0], to: PERIODS[4] });
    expect(response.errors).toBeUndefined();
    const table = response.data?.figures;
    expect(table?.by).toEqual(by);
    expect(table?.sources.filter((s) => s.arrived)).toHaveLength(3);
    expectCellsToMatch(table?.cells ?? [], "CONTRACTS_STARTED", await oracle("CONTRACTS_STARTED", by, today));
    expectNoLoneSuppressedCell(table?.cells ?? []);
  });

  it.each<[OracleMeasure]>([["LEARNERS_ENROLLED"], ["LEARNERS_UNDER_CONTRACT"]])(
    "counts %s by provider cell for cell",
    async (measure) => {
      const response = await figures({
        measures: [measure],
        by: ["PROVIDER"],
        from: PERIODS[0],
        to: PERIODS[4],
      });
      expect(response.errors).toBeUndefined();
      expectCellsToMatch(
        response.data?.figures?.cells ?? [],
        measure,
        await oracle(measure, ["PROVIDER"], today),
      );
    },
  );

  it("counts LEARNERS_UNDER_CONTRACT by provider and the level in force on their last day under contract", async () => {
    const by: OracleDimension[] = ["PROVIDER", "LEVEL"];
    const response = await figures({
      measures: ["LEARNERS_UNDER_CONTRACT"],
      by,
      from: PERIODS[0],
      to: PERIODS[4],
    });
    expect(response.errors).toBeUndefined();
    expectCellsToMatch(
      response.data?.figures?.cells ?? [],
      "LEARNERS_UNDER_CONTRACT",
      await oracle("LEARNERS_UNDER_CONTRACT", by, today),
    );
  });

  it.each<[OracleMeasure]>([["CONTRACTS_ENDED_AT_TERM"], ["CONTRACTS_ENDED_EARLY"]])(
    "counts %s by provider and common end reason cell for cell",
    async (measure) => {
      const by: OracleDimension[] = ["PROVIDER", "END_REASON"];
      const response = await figures({ measures: [measure], by, from: PERIODS[0], to: PERIODS[4] });
      expect(response.errors).toBeUndefined();
      expectCellsToMatch(response.data?.figures?.cells ?? [], measure, await oracle(measure, by, today));
    },
  );

  it.each<[OracleMeasure]>([["LEVEL_PROGRESSION_A_TO_B"], ["LEVEL_PROGRESSION_B_TO_C"]])(
    "counts %s by provider cell for cell",
    async (measure) => {
      const response = await figures({
        measures: [measure],
        by: ["PROVIDER"],
        from: PERIODS[0],
        to: PERIODS[4],
      });
      expect(response.errors).toBeUndefined();
      expectCellsToMatch(
        response.data?.figures?.cells ?? [],
        measure,
        await oracle(measure, ["PROVIDER"], today),
      );
    },
  );

  it("counts CERTIFICATIONS_AWARDED by provider and common trade", async () => {
    const by: OracleDimension[] = ["PROVIDER", "TRADE"];
    const response = await figures({
      measures: ["CERTIFICATIONS_AWARDED"],
      by,
      from: PERIODS[0],
      to: PERIODS[4],
    });
    expect(response.errors).toBeUndefined();
    const cells = response.data?.figures?.cells ?? [];
    expect(cells.length).toBeGreaterThan(0);
    expectCellsToMatch(cells, "CERTIFICATIONS_AWARDED", await oracle("CERTIFICATIONS_AWARDED", by, today));
    expectNoLoneSuppressedCell(cells);
  });

  it.each<[OracleDimension[]]>([[["TRADE", "UNIT_PROVINCE"]], [["UNIT_REGION"]], [[]]])(
    "counts ACCREDITED_UNITS of OFFA's register by %j",
    async (by) => {
      const response = await figures({
        measures: ["ACCREDITED_UNITS"],
        by,
        from: PERIODS[0],
        to: PERIODS[4],
      });
      expect(response.errors).toBeUndefined();
      const cells = response.data?.figures?.cells ?? [];
      expect(cells.some((cell) => cell.value !== null && cell.value > 0)).toBe(true);
      expectCellsToMatch(cells, "ACCREDITED_UNITS", await oracle("ACCREDITED_UNITS", by, today));
    },
  );

  it("reproduces an earlier asOf: only what was known then, with the rules then in force", async () => {
    const asOf = "2022-03-15";
    const by: OracleDimension[] = ["PROVIDER", "TRADE"];
    const periods = ["2020-2021", "2021-2022"];
    const earlier = await figures({
      measures: ["CONTRACTS_STARTED"],
      by,
      from: periods[0],
      to: periods[1],
      asOf,
    });
    expect(earlier.errors).toBeUndefined();
    expect(earlier.data?.figures?.asOf).toBe(asOf);
    const expected = await oracle("CONTRACTS_STARTED", by, asOf, periods);
    expectCellsToMatch(earlier.data?.figures?.cells ?? [], "CONTRACTS_STARTED", expected);
    // The oracle itself sees a difference for the school year cut at asOf, so the comparison above means something.
    const now = await oracle("CONTRACTS_STARTED", by, today, periods);
    const total = (cells: OracleCell[]) =>
      cells.filter((c) => c.period === "2021-2022").reduce((sum, c) => sum + c.count, 0);
    expect(total(now)).toBeGreaterThan(total(expected));
    const learners = await figures({
      measures: ["LEARNERS_UNDER_CONTRACT"],
      by: ["PROVIDER"],
      from: periods[0],
      to: periods[1],
      asOf,
    });
    expectCellsToMatch(
      learners.data?.figures?.cells ?? [],
      "LEARNERS_UNDER_CONTRACT",
      await oracle("LEARNERS_UNDER_CONTRACT", ["PROVIDER"], asOf, periods),
    );
  });

  it("filters on common values after mapping, and sums what it keeps", async () => {
    const all = await figures({
      measures: ["CONTRACTS_STARTED"],
      by: ["PROVIDER"],
      from: PERIODS[2],
      to: PERIODS[2],
    });
    const wal = await figures({
      measures: ["CONTRACTS_STARTED"],
      by: ["PROVIDER"],
      from: PERIODS[2],
      to: PERIODS[2],
      where: { unitRegions: ["WAL"] },
    });
    expect(wal.errors).toBeUndefined();
    const expected = await oracle("CONTRACTS_STARTED", ["PROVIDER", "UNIT_REGION"], today, [PERIODS[2]]);
    for (const cell of wal.data?.figures?.cells ?? []) {
      const count = expected.find(
        (c) => c.coordinates[0] === cell.coordinates[0].value && c.coordinates[1] === "WAL",
      );
      if (!cell.suppressed) expect(cell.value).toBe(count?.count);
    }
    const sum = (r: typeof all) => (r.data?.figures?.cells ?? []).reduce((s, c) => s + (c.value ?? 0), 0);
    expect(sum(wal)).toBeLessThan(sum(all));
  });
});

describe("Query.trainingPlaceOffer", () => {
  it("gives, per trade and region of the place, programmes, accredited units, units with a learner and learners with and without a contract", async () => {
    const response = await postGraphQL<{ trainingPlaceOffer: NonNullable<Figures["figures"]> }>(
      stack.gatewayUrl,
      /* GraphQL */ `
        {
          trainingPlaceOffer(from: "2022-2023", to: "2023-2024") {
            measures
            by
            cells { ${FIGURE_CELL_FIELDS} }
          }
        }
      `,
      {},
      {},
      analyst,
    );
    expect(response.errors).toBeUndefined();
    const table = response.data?.trainingPlaceOffer;
    expect(table?.by).toEqual(["TRADE", "PLACE_REGION"]);
    const cells = table?.cells ?? [];
    for (const measure of [
      "PROGRAMMES_TAUGHT",
      "ACCREDITED_UNITS",
      "UNITS_WITH_LEARNER",
      "LEARNERS_UNDER_CONTRACT",
      "LEARNERS_ENROLLED_WITHOUT_CONTRACT",
    ]) {
      expect(cells.filter((cell) => cell.measure === measure).length).toBeGreaterThan(0);
    }
    // The register's part is the oracle's units by trade and unit region.
    const expected = await oracle(
      "ACCREDITED_UNITS",
      ["TRADE", "UNIT_REGION"],
      new Date().toISOString().slice(0, 10),
      ["2022-2023", "2023-2024"],
    );
    expectCellsToMatch(cells, "ACCREDITED_UNITS", expected);
    expectNoLoneSuppressedCell(cells);
  });
});

describe("Query.figures suppression and measures over learners", () => {
  it("suppresses small cells with complements in every line, and keeps the ratio with its bases", async () => {
    const response = await figures({
      measures: [
        "LEARNERS_ENROLLED",
        "LEARNERS_ENROLLED_WITHOUT_CONTRACT",
        "PLACEMENT_RATE",
        "AVERAGE_MONTHS_UNDER_CONTRACT",
      ],
      by: ["PROVIDER", "LEVEL", "UNIT_REGION"],
      from: PERIODS[3],
      to: PERIODS[4],
    });
    expect(response.errors).toBeUndefined();
    const cells = response.data?.figures?.cells ?? [];
    expect(cells.filter((c) => c.suppression === "PRIMARY").length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.suppression === "COMPLEMENTARY").length).toBeGreaterThan(0);
    expect(expectNoLoneSuppressedCell(cells)).toBeGreaterThan(0);
    const key = (c: Cell) =>
      cellKey(
        c.period,
        c.coordinates.map((x) => x.value),
      );
    const enrolled = new Map(cells.filter((c) => c.measure === "LEARNERS_ENROLLED").map((c) => [key(c), c]));
    const without = new Map(
      cells.filter((c) => c.measure === "LEARNERS_ENROLLED_WITHOUT_CONTRACT").map((c) => [key(c), c]),
    );
    for (const rate of cells.filter((c) => c.measure === "PLACEMENT_RATE")) {
      const base = enrolled.get(key(rate));
      const other = without.get(key(rate));
      expect(rate.suppressed).toBe(Boolean(base?.suppressed || other?.suppressed));
      if (!rate.suppressed && base?.value) {
        expect(rate.value).toBeCloseTo((base.value - (other?.value ?? 0)) / base.value, 10);
      }
    }
    for (const cell of cells.filter((c) => c.measure === "AVERAGE_MONTHS_UNDER_CONTRACT" && !c.suppressed)) {
      expect(cell.value).toBeGreaterThan(0);
      expect(cell.value).toBeLessThanOrEqual(12.1);
    }
  });
});

describe("Query.figures bad input", () => {
  const base = { measures: ["CONTRACTS_STARTED"], by: ["PROVIDER"], from: "2021-2022", to: "2022-2023" };

  it.each<[string, Record<string, unknown>]>([
    ["OFFA_FIGURES_NO_MEASURE", { measures: [] }],
    ["OFFA_FIGURES_PERIOD_INVALID", { from: "2021-2023" }],
    ["OFFA_FIGURES_PERIOD_INVALID", { granularity: "MONTH" }],
    ["OFFA_FIGURES_PERIOD_INVALID", { from: "" }],
    ["OFFA_FIGURES_PERIOD_REVERSED", { from: "2022-2023", to: "2021-2022" }],
    ["OFFA_FIGURES_TOO_MANY_PERIODS", { from: "2000-2001", to: "2025-2026" }],
    ["OFFA_FIGURES_PERIOD_AFTER_AS_OF", { asOf: "2020-01-01" }],
    ["OFFA_FIGURES_UNKNOWN_VALUE", { where: { levels: ["D"] } }],
    ["OFFA_FIGURES_UNKNOWN_VALUE", { where: { trades: ["NOT_A_TRADE"] } }],
    ["OFFA_FIGURES_EMPTY_FILTER", { where: { providers: [] } }],
    ["OFFA_FIGURES_DIMENSION_NOT_APPLICABLE", { by: ["END_REASON"] }],
    ["OFFA_FIGURES_DIMENSION_NOT_APPLICABLE", { measures: ["ACCREDITED_UNITS"], by: ["PROVIDER"] }],
    [
      "OFFA_FIGURES_TOO_MANY_CELLS",
      {
        by: ["TRADE", "LEARNER_PROVINCE", "AGE_BAND", "UNIT_PROVINCE"],
        granularity: "MONTH",
        from: "2015-09",
        to: "2024-08",
      },
    ],
  ])("refuses with %s (%j) before any provider runs a statement", async (code, change) => {
    let response: GraphQLResponse<Figures> | undefined;
    const statements = await statementsOf(async () => {
      response = await figures({ ...base, ...change });
    });
    expect(response?.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect(response?.data ?? null).toBeNull();
    expect({ cefa: statements.cefa, ifapme: statements.ifapme, sfpme: statements.sfpme }).toEqual({
      cefa: 0,
      ifapme: 0,
      sfpme: 0,
    });
  });

  it("never lets a client select the providers' native groups, which hold counts before suppression", async () => {
    for (const field of ["cefaGroups", "ifapmeGroups", "sfpmeGroups"]) {
      const response = await postGraphQL<Figures>(
        stack.gatewayUrl,
        `{ figures(measures: [CONTRACTS_STARTED], from: "2022-2023", to: "2022-2023") { ${field} { count } } }`,
        {},
        {},
        analyst,
      );
      expect({ field, codes: response.errors?.map((e) => e.extensions?.code) }).toEqual({
        field,
        codes: ["GRAPHQL_VALIDATION_FAILED"],
      });
    }
  });

  it("is for dashboards: a mobility officer gets UNAUTHORIZED_FIELD_OR_TYPE", async () => {
    const officer = await signDevelopmentToken({ role: "MOBILITY_OFFICER", ttlSeconds: 600 });
    const response = await postGraphQL<Figures>(
      stack.gatewayUrl,
      FIGURES,
      base,
      { "x-offa-purpose": "MOBILITY_FOLLOW_UP" },
      officer,
    );
    expect(response.errors?.map((e) => e.extensions?.code)).toContain("UNAUTHORIZED_FIELD_OR_TYPE");
    expect(response.data?.figures ?? null).toBeNull();
  });
});

describe("Query.figures when a provider's store fails", () => {
  async function renameCefa(to: "cefa_unreadable" | "cefa"): Promise<void> {
    const client = new Client({ connectionString: databases[0].url });
    await client.connect();
    try {
      await client.query(
        to === "cefa"
          ? "ALTER SCHEMA cefa_unreadable RENAME TO cefa"
          : "ALTER SCHEMA cefa RENAME TO cefa_unreadable",
      );
    } finally {
      await client.end();
    }
  }

  it("never sums the others into a total that looks whole: null cells naming CEFA", async () => {
    await renameCefa("cefa_unreadable");
    try {
      const total = await figures({
        measures: ["CONTRACTS_STARTED"],
        by: [],
        from: PERIODS[2],
        to: PERIODS[2],
      });
      const cells = total.data?.figures?.cells ?? [];
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.every((cell) => cell.value === null)).toBe(true);
      const incomplete = (total.errors ?? []).filter(
        (e) => e.extensions?.code === "OFFA_HARMONISATION_INCOMPLETE",
      );
      expect(incomplete.length).toBe(cells.length);
      expect(incomplete[0]?.extensions?.missingProviders).toEqual(["CEFA"]);
      expect(total.data?.figures?.sources.find((s) => s.provider === "CEFA")).toMatchObject({
        arrived: false,
        groups: null,
      });

      const split = await figures({
        measures: ["CONTRACTS_STARTED"],
        by: ["PROVIDER"],
        from: PERIODS[2],
        to: PERIODS[2],
      });
      const byProvider = new Map(
        (split.data?.figures?.cells ?? []).map((c) => [c.coordinates[0].value, c.value]),
      );
      expect(byProvider.get("CEFA")).toBeNull();
      expect(byProvider.get("IFAPME")).toEqual(expect.any(Number));

      const withoutCefa = await figures({
        measures: ["CONTRACTS_STARTED"],
        by: [],
        from: PERIODS[2],
        to: PERIODS[2],
        where: { providers: ["IFAPME", "SFPME"] },
      });
      // CEFA is still asked (one key for every provider) and its subgraph reports its own failure, but no cell
      // needs it: none is incomplete.
      expect((withoutCefa.errors ?? []).filter((e) => e.extensions?.code !== "OFFA_STORE_FAILED")).toEqual(
        [],
      );
      expect(withoutCefa.data?.figures?.cells[0]?.value).toEqual(expect.any(Number));
    } finally {
      await renameCefa("cefa");
    }
  });
});

describe("GET /figures.csv", () => {
  const csvUrl = (search: string) => new URL(`/figures.csv?${search}`, stack.gatewayUrl).toString();

  it("exports the same cells as the GraphQL answer, suppression and asOf included", async () => {
    const variables = {
      measures: ["CONTRACTS_STARTED"],
      by: ["PROVIDER", "LEVEL"],
      from: PERIODS[1],
      to: PERIODS[2],
      asOf: "2023-06-30",
    };
    const graphql = await figures(variables);
    const response = await fetch(
      csvUrl("measures=CONTRACTS_STARTED&by=PROVIDER,LEVEL&from=2020-2021&to=2021-2022&asOf=2023-06-30"),
      { headers: { authorization: `Bearer ${analyst}` } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toContain("asof-2023-06-30");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("measure,period,provider,level,value,suppressed,suppression");
    const expected = (graphql.data?.figures?.cells ?? []).map((cell) =>
      [
        cell.measure,
        cell.period,
        ...cell.coordinates.map((c) => c.value),
        cell.value ?? "",
        cell.suppressed,
        cell.suppression ?? "",
      ].join(","),
    );
    expect(expected.some((line) => line.includes("PRIMARY"))).toBe(true);
    expect(lines.slice(1)).toEqual(expected);
  });

  it("answers errors as JSON with their codes, never a partial CSV", async () => {
    const bad = await fetch(csvUrl("measures=CONTRACTS_STARTED&from=2022-2023&to=2021-2022"), {
      headers: { authorization: `Bearer ${analyst}` },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as GraphQLResponse).errors?.map((e) => e.extensions?.code)).toEqual([
      "OFFA_FIGURES_PERIOD_REVERSED",
    ]);
    const missing = await fetch(csvUrl("by=PROVIDER&from=2022-2023&to=2022-2023"), {
      headers: { authorization: `Bearer ${analyst}` },
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe(
      "OFFA_GATEWAY_FIGURES_EXPORT_PARAMETERS",
    );
    const anonymous = await fetch(csvUrl("measures=CONTRACTS_STARTED&from=2022-2023&to=2022-2023"));
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe(
      "OFFA_AUTH_TOKEN_MISSING",
    );
  });
});

describe("MOVERS", () => {
  const variables = {
    measures: ["MOVERS"],
    by: ["FROM_PROVIDER", "TO_PROVIDER"],
    from: PERIODS[0],
    to: PERIODS[4],
  };

  it("refuses before the mobility model is derived, then counts the movers of the model", async () => {
    const before = await figures(variables);
    expect(before.errors?.map((e) => e.extensions?.code)).toEqual(["OFFA_MOBILITY_NOT_DERIVED"]);
    await refreshMobilityMoves(stack.stores.offa, stack.gatewayUrl, stack.groundTruth.today);
    const after = await figures(variables);
    expect(after.errors).toBeUndefined();
    const today = new Date().toISOString().slice(0, 10);
    expectCellsToMatch(
      after.data?.figures?.cells ?? [],
      "MOVERS",
      await oracle("MOVERS", ["FROM_PROVIDER", "TO_PROVIDER"], today),
    );
    const refused = await figures({ ...variables, by: ["PROVIDER"] });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["OFFA_FIGURES_DIMENSION_NOT_APPLICABLE"]);
  });
});
