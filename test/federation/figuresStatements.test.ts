import { signDevelopmentToken } from "../../gateway/auth";
import { createTestDatabase } from "../helpers/createTestDatabase";
import { postGraphQL } from "../helpers/graphql";
import { startTestStack } from "../helpers/startTestStack";

/*
 * Issue 11: the SQL statements one figure request costs do not depend on the population. The same national
 * overview (every provider's measures, split by provider, level and unit region, over five school years, plus
 * OFFA's register) is asked at two scales of the dataset, four times apart; each subgraph runs the same number of
 * statements at both.
 */

const OVERVIEW = /* GraphQL */ `
  query Overview($asOf: LocalDate) {
    figures(
      measures: [
        LEARNERS_ENROLLED
        PLACEMENT_RATE
        CONTRACTS_STARTED
        CONTRACTS_ENDED_EARLY
        LEVEL_PROGRESSION_A_TO_B
        CERTIFICATIONS_AWARDED
      ]
      by: [PROVIDER, LEVEL, UNIT_REGION]
      from: "2019-2020"
      to: "2023-2024"
      asOf: $asOf
    ) {
      cells {
        value
        suppressed
      }
      sources {
        provider
        arrived
        groups
      }
    }
    register: figures(measures: [ACCREDITED_UNITS], by: [UNIT_REGION], from: "2019-2020", to: "2023-2024") {
      cells {
        value
      }
    }
  }
`;

type Overview = {
  figures: { cells: unknown[]; sources: { arrived: boolean; groups: number | null }[] };
  register: { cells: unknown[] };
};

async function statementsAtScale(
  scale: number,
): Promise<{ statements: Record<string, number>; groups: number }> {
  const databases = [await createTestDatabase(), await createTestDatabase()];
  const stack = await startTestStack(
    { kind: "postgres", url: databases[0].url },
    { kind: "postgres", url: databases[1].url },
    { seed: 11, scale },
  );
  try {
    const token = await signDevelopmentToken({ role: "DASHBOARD_ANALYST", ttlSeconds: 600 });
    // The first request reads the rule set once for the process (ruleBookCache): warm it, then count.
    await postGraphQL(stack.gatewayUrl, OVERVIEW, { asOf: "2024-12-31" }, {}, token);
    for (const counter of Object.values(stack.counters)) counter.reset();
    const response = await postGraphQL<Overview>(
      stack.gatewayUrl,
      OVERVIEW,
      { asOf: "2025-06-30" },
      {},
      token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.figures.sources.every((source) => source.arrived)).toBe(true);
    expect(response.data?.register.cells.length).toBeGreaterThan(0);
    const statements = Object.fromEntries(
      Object.entries(stack.counters).map(([name, counter]) => [name, counter.count()]),
    );
    const groups = (response.data?.figures.sources ?? []).reduce(
      (sum, source) => sum + (source.groups ?? 0),
      0,
    );
    return { statements, groups };
  } finally {
    await stack.stop();
    for (const database of databases) await database.drop();
  }
}

describe("figures: statements per request", () => {
  it("are the same at two scales of the population", async () => {
    const small = await statementsAtScale(0.005);
    const large = await statementsAtScale(0.02);
    console.log(
      `figure statements per request: scale 0.005 ${JSON.stringify(small)}; scale 0.02 ${JSON.stringify(large)}`,
    );
    expect(large.statements).toEqual(small.statements);
    // Something was counted: every provider ran its statements, OFFA its own, and the larger store gave more groups.
    for (const count of Object.values(small.statements)) expect(count).toBeGreaterThan(0);
    expect(large.groups).toBeGreaterThan(small.groups);
  });
});
