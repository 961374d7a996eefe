import { join } from "node:path";
import { developmentAuthConfig } from "../../gateway/auth";
import { startLocalStack, type LocalStack } from "../../scripts/stack/startLocalStack";
import {
  developmentPseudonymKeys,
  requestVerificationSettings,
  type Database,
  type SubgraphName,
} from "../../subgraphs/kit";
import { DEVELOPMENT_SIGNING_KEY } from "../../schema/contract/signing";
import { createTestDatabase, type TestDatabase } from "../helpers/createTestDatabase";
import { postGraphQL } from "../helpers/graphql";

const NAMES: SubgraphName[] = ["cefa", "ifapme", "sfpme", "offa"];
const RUNS = 60;
const ZERO = "0".repeat(64);

/** Is this statement the audit's own work (the append, or the pseudonym lookup before it)? */
const isAuditWork = (sql: string, params: readonly unknown[] = []) =>
  sql.includes("audit_") ||
  sql.includes(`AS "nationalNumber"`) ||
  (sql.includes("offa.learner_pseudonym") && params[0] === "audit");

/**
 * The store with the audit's database work switchable off: while `auditing()` is false, the append and the
 * pseudonym lookups are answered without reaching the database. What stays is the
 * plugin's field instrumentation, which costs CPU only.
 */
function switchableAudit(inner: Database, auditing: () => boolean): Database {
  return {
    kind: inner.kind,
    query: async <Row>(sql: string, params?: readonly unknown[]) =>
      !auditing() && isAuditWork(sql, params)
        ? ((sql.includes("chain_head") ? [{ seq: "0", previousHash: ZERO, hash: ZERO }] : []) as Row[])
        : inner.query<Row>(sql, params),
    exec: (sql) => inner.exec(sql),
    transaction: (work) => inner.transaction(work),
    close: () => inner.close(),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

describe("the audit's overhead on one learner-level gateway query (PostgreSQL, printed, not asserted on time)", () => {
  let providers: TestDatabase;
  let offa: TestDatabase;
  let stack: LocalStack;
  let auditing = true;

  beforeAll(async () => {
    providers = await createTestDatabase();
    offa = await createTestDatabase();
    const pseudonymKeys = developmentPseudonymKeys();
    stack = await startLocalStack({
      stores: Object.fromEntries(
        NAMES.map((name) => [
          name,
          {
            database: { kind: "postgres", url: name === "offa" ? offa.url : providers.url },
            settingName: "TEST",
          },
        ]),
      ) as Parameters<typeof startLocalStack>[0]["stores"],
      dataset: { seed: 7, scale: 0.01, pseudonymKeys },
      ports: { gateway: 0, cefa: 0, ifapme: 0, sfpme: 0, offa: 0 },
      supergraphPath: join(__dirname, "../../schema/supergraph.graphql"),
      verification: requestVerificationSettings({ current: DEVELOPMENT_SIGNING_KEY }),
      auth: developmentAuthConfig(),
      wrapDatabase: (_name, db) => switchableAudit(db, () => auditing),
    });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    await providers?.drop();
    await offa?.drop();
  });

  it("measures the median latency with and without the audit's store work", async () => {
    const [{ id }] = await stack.stores.offa.query<{ id: string }>(
      `SELECT l.id FROM offa.learner l ORDER BY l.id LIMIT 1`,
    );
    const query = /* GraphQL */ `
      query ($id: ID!) {
        learner(id: $id) {
          id
          cefa {
            id
            lastName
            birthDate
            contracts {
              id
              startsOn
            }
          }
          ifapme {
            id
            lastName
            birthDate
          }
          sfpme {
            id
            lastName
            birthDate
          }
        }
      }
    `;
    const countRecords = async () => {
      let total = 0;
      for (const name of NAMES) {
        const [row] = await stack.stores[name].query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_${name}.audit_log`,
        );
        total += Number(row.n);
      }
      return total;
    };
    const time = async () => {
      const started = process.hrtime.bigint();
      const response = await postGraphQL(stack.gatewayUrl, query, { id });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    for (let i = 0; i < 10; i++) await time(); // warm-up: plans, pools, JIT
    const withAudit: number[] = [];
    const without: number[] = [];
    const before = await countRecords();
    for (let i = 0; i < RUNS; i++) {
      auditing = true;
      withAudit.push(await time());
      auditing = false;
      without.push(await time());
    }
    auditing = true;
    const written = (await countRecords()) - before;
    console.log(
      `one learner-level query through the gateway, ${RUNS} runs each, alternating: median ${median(withAudit).toFixed(1)} ms with auditing, ${median(without).toFixed(1)} ms without the audit's store work (+${(median(withAudit) - median(without)).toFixed(1)} ms); ${written} records written`,
    );
    // The switch did what it says: only the audited runs wrote records (one per subgraph reached).
    expect(written).toBeGreaterThanOrEqual(RUNS * 2);
    expect(written % RUNS).toBe(0);
  }, 120_000);
});
