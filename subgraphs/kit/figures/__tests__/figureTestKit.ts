import { join } from "node:path";
import { graphql, type GraphQLSchema } from "graphql";
import { createTestDatabase, type TestDatabase } from "../../../../test/helpers/createTestDatabase";
import { countStatements, type CountedDatabase } from "../../../../test/helpers/countStatements";
import * as figureContract from "../../../../schema/contract/figures";
import { createPostgresDatabase } from "../../db/createPostgresDatabase";
import type { Database } from "../../db/Database";
import { loadMigrations, runMigrations } from "../../db/runMigrations";
import { buildProviderSchema } from "../../provider/buildProviderSchema";
import { createProviderContext } from "../../provider/createProviderContext";
import type { ProviderAdapter } from "../../provider/ProviderAdapter";
import { selectNativeFigureGroups } from "../selectNativeFigureGroups";

type Request = figureContract.ProviderFigureRequest;
type Group = figureContract.NativeFigureGroup;

/** A provider store on a fresh PostgreSQL test database, migrated, with its statements counted. */
export interface FigureStore {
  db: Database;
  counted: CountedDatabase;
  drop(): Promise<void>;
}

/** Creates a database and runs the provider's migrations (its 000005 figure indexes included). */
export async function openFigureStore(namespace: string, subgraphFolder: string): Promise<FigureStore> {
  const testDb: TestDatabase = await createTestDatabase(`offa_figures_${namespace}`);
  const db = createPostgresDatabase(testDb.url, { maxConnections: 3 });
  await runMigrations(db, namespace, loadMigrations(join(subgraphFolder, "migrations")));
  return {
    db,
    counted: countStatements(db),
    drop: async () => {
      await db.close();
      await testDb.drop();
    },
  };
}

/** A canonical request with defaults: every measure, no dimension. */
export function figureRequest(overrides: Partial<Request>): Request {
  return {
    asOf: "2024-03-15",
    granularity: "SCHOOL_YEAR",
    fromPeriod: "2022-2023",
    toPeriod: "2023-2024",
    measures: [...figureContract.NATIVE_MEASURES].sort() as figureContract.NativeMeasure[],
    groupBy: [],
    ...overrides,
  };
}

/** The groups of one measure and period. */
export function groupsOf(groups: readonly Group[], measure: string, period: string): Group[] {
  return groups.filter((group) => group.measure === measure && group.period === period);
}

/** Sum of counts (and of contract days) over groups. */
export function totals(groups: readonly Group[]): { count: number; contractDays: number } {
  return groups.reduce(
    (sum, group) => ({ count: sum.count + group.count, contractDays: sum.contractDays + group.contractDays }),
    { count: 0, contractDays: 0 },
  );
}

/**
 * The partition property: for every measure and period, the groups by every native dimension sum to the groups
 * with none, count and contract days alike (each counted thing falls in exactly one group).
 */
export async function expectPartition(
  db: Database,
  sources: Parameters<typeof selectNativeFigureGroups>[1],
  request: Request,
) {
  const whole = await selectNativeFigureGroups(db, sources, { ...request, groupBy: [] });
  const split = await selectNativeFigureGroups(db, sources, {
    ...request,
    groupBy: [...figureContract.NATIVE_DIMENSIONS].sort() as figureContract.NativeDimension[],
  });
  const key = (group: Group) => `${group.measure} ${group.period}`;
  const sums = (groups: Group[]) => {
    const byKey = new Map<string, { count: number; contractDays: number }>();
    for (const group of groups) {
      const sum = byKey.get(key(group)) ?? { count: 0, contractDays: 0 };
      byKey.set(key(group), {
        count: sum.count + group.count,
        contractDays: sum.contractDays + group.contractDays,
      });
    }
    return Object.fromEntries([...byKey].sort());
  };
  expect(whole.length).toBeGreaterThan(0);
  expect(sums(split)).toEqual(sums(whole));
  return { whole, split };
}

/** Runs `_entities` for FigureTable keys on the provider's schema, as the gateway would (claims of an analyst). */
export async function queryFigureTable(
  adapter: ProviderAdapter,
  store: Database,
  keys: string[],
): Promise<{
  data?: unknown;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}> {
  const schema: GraphQLSchema = await buildProviderSchema(adapter);
  const field = `${adapter.namespace}Groups`;
  const context = createProviderContext(adapter, store, {
    requestId: "figure-test",
    claims: {
      subject: "figure-test",
      role: "DASHBOARD_ANALYST",
      scopes: ["figures:read", "register:read", "mappings:read"],
      provider: null,
      namespaces: [],
      purpose: null,
    },
  });
  const result = await graphql({
    schema,
    source: /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on FigureTable { request ${field} { measure period count contractDays enrolled underContract } }
        }
      }
    `,
    variableValues: { representations: keys.map((request) => ({ __typename: "FigureTable", request })) },
    contextValue: context,
  });
  return result as never;
}
