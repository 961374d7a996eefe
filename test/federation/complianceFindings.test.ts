import { refreshComplianceFindings } from "../../scripts/mobility/refreshComplianceFindings";
import { signDevelopmentToken } from "../../gateway/auth";
import {
  replaceComplianceFindings,
  type ComplianceFindingRow,
} from "../../subgraphs/offa/complianceFindings";
import { type Cell, FIGURES, type Figures } from "../helpers/figureCells";
import { postGraphQL, type GraphQLResponse } from "../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

/*
 * Issue 11, COMPLIANCE_FINDINGS: Query.figures over OFFA's compliance read model, through the whole stack on
 * PostgreSQL. Refused with OFFA_COMPLIANCE_NOT_DERIVED before the model is derived; once derived, every cell equals
 * an independent count: the learners whose contracts complianceByMonth (read through the gateway, month by month,
 * not the summary the derivation reads, nor the model's rows) flags in the period, or is suppressed as that count
 * says it must be. The statements per request do not grow with the model, and a failed refresh keeps the model.
 */

const MONTHLY = /* GraphQL */ `
  query Monthly($after: ID, $asOf: LocalDate) {
    learners(first: 100, after: $after) {
      id
      commonContracts(asOf: $asOf) {
        provider
        endedOn
        levelHistory {
          from
          to
          level
          mappingStatus
        }
        trade {
          commonCode
          mapping {
            status
          }
        }
        complianceByMonth {
          month
          flags {
            code
          }
        }
      }
    }
  }
`;

type MonthlyContract = {
  provider: string;
  endedOn: string | null;
  levelHistory: { from: string; to: string | null; level: string | null; mappingStatus: string }[];
  trade: { commonCode: string | null; mapping: { status: string } };
  complianceByMonth: { month: string; flags: { code: string }[] }[] | null;
};
type Monthly = { learners: { id: string; commonContracts: MonthlyContract[] | null }[] };

/** One flagged learner-month as complianceByMonth gives it, with the coordinates the figures may split by. */
interface Flag {
  learnerId: string;
  month: string;
  coordinates: Record<string, string>;
}

let stack: TestStack;
let analyst: string;
let flags: Flag[];

beforeAll(async () => {
  stack = await startPostgresTestStack({ seed: 7, scale: 0.01 });
  analyst = await signDevelopmentToken({ role: "DASHBOARD_ANALYST", ttlSeconds: 7200 });
}, 300_000);

afterAll(async () => {
  await stack?.stop();
});

function figures(variables: Record<string, unknown>) {
  return postGraphQL<Figures>(
    stack.gatewayUrl,
    FIGURES,
    { measures: ["COMPLIANCE_FINDINGS"], ...variables },
    {},
    analyst,
  );
}

/** Every learner's contracts, month by month, through the gateway (a DEVELOPER token, as the scripts use). */
async function readMonthlyFlags(): Promise<Flag[]> {
  const found: Flag[] = [];
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse<Monthly> = await postGraphQL<Monthly>(stack.gatewayUrl, MONTHLY, {
      after,
    });
    expect(response.errors).toBeUndefined();
    const page: Monthly["learners"] = response.data!.learners;
    for (const learner of page) {
      for (const contract of learner.commonContracts!) {
        const trade =
          contract.trade.mapping.status === "MAPPED"
            ? contract.trade.commonCode!
            : contract.trade.mapping.status === "AMBIGUOUS"
              ? "AMBIGUOUS"
              : "UNMAPPED";
        for (const report of contract.complianceByMonth!) {
          for (const flag of report.flags) {
            found.push({
              learnerId: learner.id,
              month: report.month,
              coordinates: {
                COMPLIANCE_CODE: flag.code,
                PROVIDER: contract.provider,
                TRADE: trade,
                LEVEL: levelOnLastDay(contract, report.month),
              },
            });
          }
        }
      }
    }
    if (page.length < 100) return found;
    after = page[page.length - 1].id;
  }
}

/** The level on the contract's last day in the month (month end, its end, or today, whichever comes first). */
function levelOnLastDay(contract: MonthlyContract, month: string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  const days = [new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10), stack.groundTruth.today];
  if (contract.endedOn !== null) days.push(contract.endedOn);
  const day = days.sort()[0];
  const period = contract.levelHistory.find((p) => p.from <= day && (p.to === null || day <= p.to));
  if (period === undefined) return "NONE";
  if (period.mappingStatus === "MAPPED" && period.level !== null) return period.level;
  return period.mappingStatus === "AMBIGUOUS" ? "AMBIGUOUS" : "UNMAPPED";
}

function schoolYearOf(month: string): string {
  const year = Number(month.slice(0, 4));
  return Number(month.slice(5, 7)) >= 9 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

/** The expected count per period and coordinates: distinct learners with a flag there. */
function expectedCounts(
  granularity: "MONTH" | "SCHOOL_YEAR",
  by: string[],
  periods: readonly string[],
): Map<string, number> {
  const learners = new Map<string, Set<string>>();
  for (const flag of flags) {
    const period = granularity === "MONTH" ? flag.month : schoolYearOf(flag.month);
    if (!periods.includes(period)) continue;
    const key = JSON.stringify([period, ...by.map((dimension) => flag.coordinates[dimension])]);
    learners.set(key, (learners.get(key) ?? new Set()).add(flag.learnerId));
  }
  return new Map([...learners].map(([key, set]) => [key, set.size]));
}

function expectCellsToMatch(cells: Cell[], expected: Map<string, number>): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const cell of cells) {
    const key = JSON.stringify([cell.period, ...cell.coordinates.map((c) => c.value)]);
    seen.add(key);
    const count = expected.get(key);
    const shown = cell.suppressed ? cell.suppression : cell.value;
    if (count === undefined)
      problems.push(`${key}: ${String(shown)}, the monthly compliance has no such cell`);
    else if (count < 10 && (cell.suppression !== "PRIMARY" || cell.value !== null))
      problems.push(`${key}: ${String(shown)}, the monthly compliance counts ${count} (must be PRIMARY)`);
    else if (count >= 10 && cell.suppressed && (cell.suppression !== "COMPLEMENTARY" || cell.value !== null))
      problems.push(`${key}: ${String(shown)}, the monthly compliance counts ${count}`);
    else if (count >= 10 && !cell.suppressed && cell.value !== count)
      problems.push(`${key}: ${String(shown)}, the monthly compliance counts ${count}`);
  }
  for (const [key, count] of expected)
    if (!seen.has(key)) problems.push(`${key}: no cell, expected ${count}`);
  expect(problems).toEqual([]);
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let [year, month] = from.split("-").map(Number); `${year}-${String(month).padStart(2, "0")}` <= to;) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

async function statementsOf(work: () => Promise<unknown>): Promise<Record<string, number>> {
  for (const counter of Object.values(stack.counters)) counter.reset();
  await work();
  return Object.fromEntries(Object.entries(stack.counters).map(([name, counter]) => [name, counter.count()]));
}

const SCHOOL_YEARS = ["2019-2020", "2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"];

describe("COMPLIANCE_FINDINGS", () => {
  it("is refused with OFFA_COMPLIANCE_NOT_DERIVED before the compliance model is derived", async () => {
    const response = await figures({
      by: ["COMPLIANCE_CODE"],
      from: "2022-09",
      to: "2023-08",
      granularity: "MONTH",
    });
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(["OFFA_COMPLIANCE_NOT_DERIVED"]);
    expect(response.data?.figures ?? null).toBeNull();
  });

  it("derives the model through the gateway, and each cell equals the learners complianceByMonth flags", async () => {
    const derived = await refreshComplianceFindings(
      stack.stores.offa,
      stack.gatewayUrl,
      stack.groundTruth.today,
    );
    expect(derived.findings).toBeGreaterThan(0);
    flags = await readMonthlyFlags();
    expect(new Set(flags.map((flag) => flag.coordinates.COMPLIANCE_CODE)).size).toBeGreaterThan(1);

    const months = monthsBetween("2022-09", "2024-08");
    const byMonth = await figures({
      by: ["COMPLIANCE_CODE", "PROVIDER"],
      from: months[0],
      to: months[months.length - 1],
      granularity: "MONTH",
    });
    expect(byMonth.errors).toBeUndefined();
    expect(byMonth.data?.figures?.sources.map((source) => source.origin)).toContainEqual(
      expect.stringContaining(`OFFA's compliance model derived on ${stack.groundTruth.today}`),
    );
    const monthCells = byMonth.data!.figures!.cells;
    expect(monthCells.length).toBeGreaterThan(0);
    expectCellsToMatch(monthCells, expectedCounts("MONTH", ["COMPLIANCE_CODE", "PROVIDER"], months));

    let shown = 0;
    for (const by of [["COMPLIANCE_CODE"], ["TRADE", "COMPLIANCE_CODE"], ["PROVIDER", "LEVEL"], []]) {
      const byYear = await figures({
        by,
        from: SCHOOL_YEARS[0],
        to: SCHOOL_YEARS[SCHOOL_YEARS.length - 1],
        granularity: "SCHOOL_YEAR",
      });
      expect(byYear.errors).toBeUndefined();
      shown += byYear.data!.figures!.cells.filter((cell) => !cell.suppressed).length;
      expectCellsToMatch(byYear.data!.figures!.cells, expectedCounts("SCHOOL_YEAR", by, SCHOOL_YEARS));
    }
    // Cells of 10 learners or more are shown, so the comparison compares numbers, not only suppression flags.
    expect(shown).toBeGreaterThan(0);
  }, 300_000);

  it("filters by compliance code and refuses a dimension the model does not have", async () => {
    const code = flags[0].coordinates.COMPLIANCE_CODE;
    const filtered = await figures({
      by: ["COMPLIANCE_CODE"],
      from: SCHOOL_YEARS[0],
      to: SCHOOL_YEARS[SCHOOL_YEARS.length - 1],
      granularity: "SCHOOL_YEAR",
      where: { complianceCodes: [code] },
    });
    expect(filtered.errors).toBeUndefined();
    expect(new Set(filtered.data!.figures!.cells.map((cell) => cell.coordinates[0].value))).toEqual(
      new Set([code]),
    );
    const refused = await figures({
      by: ["AGE_BAND"],
      from: "2023-2024",
      to: "2023-2024",
      granularity: "SCHOOL_YEAR",
    });
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual([
      "OFFA_FIGURES_DIMENSION_NOT_APPLICABLE",
    ]);
    const unknown = await figures({
      by: [],
      from: "2023-2024",
      to: "2023-2024",
      granularity: "SCHOOL_YEAR",
      where: { complianceCodes: ["NOT_A_CHECK"] },
    });
    expect(unknown.errors?.map((error) => error.extensions?.code)).toEqual(["OFFA_FIGURES_UNKNOWN_VALUE"]);
  });

  it("runs the same number of statements whatever the size of the model", async () => {
    const variables = {
      by: ["COMPLIANCE_CODE", "PROVIDER", "UNIT_REGION"],
      from: "2020-09",
      to: "2024-08",
      granularity: "MONTH",
    };
    const small = await statementsOf(() => figures(variables));
    const rows = await stack.stores.offa.query<ComplianceFindingRow>(
      `SELECT contract_id AS "contractId", learner_id AS "learnerId", provider, month::text AS month, code,
              trade_common AS "tradeCommon", trade_status AS "tradeStatus", unit_number AS "unitNumber", level
         FROM offa.compliance_finding`,
    );
    // Four times the findings (copies under other contract and learner ids): the same statements must serve.
    const grown = [0, 1, 2, 3].flatMap((copy) =>
      rows.map((row) => ({
        ...row,
        contractId: `${row.contractId}#${copy}`,
        learnerId: `${row.learnerId}#${copy}`,
      })),
    );
    await replaceComplianceFindings(stack.stores.offa, grown, {
      asOf: stack.groundTruth.today,
      learners: 0,
      contracts: 0,
    });
    const large = await statementsOf(() => figures(variables));
    expect(rows.length).toBeGreaterThan(0);
    expect(large).toEqual(small);
    expect(small.offa).toBeGreaterThan(0);
  });

  it("keeps the previous model whole when a refresh fails", async () => {
    const count = async () =>
      (
        await stack.stores.offa.query<{ n: number }>("SELECT count(*)::int AS n FROM offa.compliance_finding")
      )[0].n;
    const refreshes = async () =>
      (
        await stack.stores.offa.query<{ n: number }>("SELECT count(*)::int AS n FROM offa.compliance_refresh")
      )[0].n;
    const before = { findings: await count(), refreshes: await refreshes() };
    await expect(
      refreshComplianceFindings(stack.stores.offa, "http://127.0.0.1:9/", stack.groundTruth.today),
    ).rejects.toThrow(/cannot reach the gateway at http:\/\/127\.0\.0\.1:9\//);
    expect({ findings: await count(), refreshes: await refreshes() }).toEqual(before);
  });
});
