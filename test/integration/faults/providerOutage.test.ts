import {
  cutSubgraphStore,
  killAndRestartSubgraph,
  prepareScenarios,
  RECOVERY_FROM_BACK,
  type ScenarioContext,
  type ScenarioResult,
  TEST_TIMING,
} from "../../helpers/faults/faultScenarios";
import { type FaultStack, startFaultStack } from "../../helpers/faults/startFaultStack";
import { outcomeKind } from "../../helpers/faults/summariseLoad";
import type { LoadSample } from "../../helpers/faults/startLoad";

/**
 * Issue 9 item 8, one provider down under steady load on the production shape (four subgraph processes on
 * PostgreSQL, the gateway alone): its records become null with an error naming it, the other providers' stay,
 * nothing is presented as absent or complete, the gateway never answers 5xx, and whole answers come back
 * once the provider does.
 */
describe("one provider failing under load", () => {
  let stack: FaultStack;
  let context: ScenarioContext;

  beforeAll(async () => {
    stack = await startFaultStack({
      // The store's own timeouts set far above the gateway's 10 s subgraph timeout: a cut connection must fail
      // at once because it is refused, and an answer that waited for a timeout would show as one.
      subgraphEnv: { DATABASE_CONNECT_TIMEOUT_MS: "30000", DATABASE_QUERY_TIMEOUT_MS: "30000" },
    });
    context = await prepareScenarios(stack, TEST_TIMING);
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  /** Every kind of outcome seen, with its count, that is not one of `allowed`. */
  const outcomesOtherThan = (samples: LoadSample[], allowed: string[]) => {
    const other: Record<string, number> = {};
    for (const sample of samples) {
      const kind = outcomeKind(sample);
      if (!allowed.includes(kind)) other[kind] = (other[kind] ?? 0) + 1;
    }
    return other;
  };

  const expectProviderOutage = (result: ScenarioResult) => {
    console.log(result.report);
    // Whole answers before the fault: the scenario measured something real.
    expect(result.before.length).toBeGreaterThan(0);
    expect(outcomesOtherThan(result.before, ["full"])).toEqual({});
    // While CEFA is down, every answer is the page with CEFA's records null and an error naming subgraph
    // cefa, IFAPME's and efp's records in place (crossProviderPage judges each learner).
    expect(result.during.length).toBeGreaterThan(0);
    expect(outcomesOtherThan(result.during, ["partial (missing: cefa)"])).toEqual({});
    // Around the fault and the recovery too: never a 5xx, a lost request, data: null or a silent loss.
    expect(outcomesOtherThan(result.samples, ["full", "partial (missing: cefa)"])).toEqual({});
    expect(result.summary.violations).toEqual({});
    // Whole answers again within 5 s of the provider being back (issue 9), and they stay whole. The clock starts
    // at the restarted process's ready line: its own start (compiling TypeScript, connecting to PostgreSQL,
    // checking migrations) is not the gateway's recovery, and the summary prints it beside.
    expect(result.measuredMs[RECOVERY_FROM_BACK]).toBeLessThan(5_000);
    expect(result.after.length).toBeGreaterThan(0);
    expect(outcomesOtherThan(result.after, ["full"])).toEqual({});
  };

  it("keeps answering with CEFA's records null and named while the CEFA process is killed, whole again within 5 s of its restart", async () => {
    expectProviderOutage(await killAndRestartSubgraph(context, "cefa"));
  }, 90_000);

  it("fails CEFA's records fast, with a code naming CEFA, while its database connection is cut, whole again once restored", async () => {
    const result = await cutSubgraphStore(context, "cefa");
    expectProviderOutage(result);
    // Fast: a refused database connection answers at once, not after a timeout. Under half the gateway's 10 s
    // subgraph timeout (a modelling choice: the slowest whole answer of this load on the loaded two-core CI
    // machine was 2.5 s), and never the gateway's timeout code.
    expect(result.measuredMs["slowest answer during the fault"]).toBeLessThan(5_000);
    const codes = new Set(
      result.during.flatMap((sample) =>
        sample.outcome.kind === "response"
          ? sample.outcome.errors.filter((error) => error.subgraph === "cefa").map((error) => error.code)
          : [],
      ),
    );
    // The store's own code, not a generic one (schema/errors.md).
    expect([...codes]).toContain("OFFA_STORE_FAILED");
    expect(
      [...codes].filter((code) =>
        ["INTERNAL_SERVER_ERROR", "NO_CODE", "OFFA_GATEWAY_SUBGRAPH_TIMEOUT"].includes(code),
      ),
    ).toEqual([]);
  }, 90_000);
});
