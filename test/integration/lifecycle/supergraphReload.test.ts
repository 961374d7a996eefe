import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { developmentAuthConfig } from "../../../gateway/auth";
import { type RunningGateway, startGateway } from "../../../gateway/startGateway";
import type { SupergraphEvent } from "../../../gateway/supergraph";
import { DEVELOPMENT_SIGNING_KEY } from "../../../schema/contract/signing";
import { subgraphs } from "../../../subgraphs";
import { requestVerificationSettings, type StartedSubgraph, startSubgraph } from "../../../subgraphs/kit";
import { createTestDatabase, type TestDatabase } from "../../helpers/createTestDatabase";
import { postGraphQL } from "../../helpers/graphql";
import { spawnEntry } from "../../helpers/spawnProcess";

const SUPERGRAPH = join(__dirname, "../../../schema/supergraph.graphql");
const ORIGINAL_DESCRIPTION = '"""CEFA-native codes (published or used in data) with usage counts."""';
const SFPME_CODES = "sfpmeCodes(kind: CodeKind): [SfpmeCode!]! @join__field(graph: SFPME)";

/** Replaces the file the way a deployment does: write beside it, then rename over it (atomic). */
function replaceFile(path: string, text: string): void {
  writeFileSync(`${path}.next`, text);
  renameSync(`${path}.next`, path);
}

/** Issue 9, item 6: a new supergraph file is picked up without dropping requests; a broken one is refused. */
describe("supergraph hot reload", () => {
  let database: TestDatabase;
  const running: StartedSubgraph[] = [];
  let gateway: RunningGateway;
  const dir = mkdtempSync(join(tmpdir(), "offa-supergraph-"));
  const path = join(dir, "supergraph.graphql");
  const events: SupergraphEvent[] = [];
  const original = readFileSync(SUPERGRAPH, "utf8");

  /** Resolves once the watcher has reported `count` events in all. */
  const eventCount = async (count: number) => {
    const deadline = Date.now() + 15_000;
    while (events.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} supergraph events, got ${events.length}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return events[count - 1]!;
  };

  const cefaCodesDescription = async () => {
    const response = await postGraphQL<{
      __schema: { queryType: { fields: { name: string; description: string }[] } };
    }>(gateway.url, "{ __schema { queryType { fields { name description } } } }");
    return response.data!.__schema.queryType.fields.find((field) => field.name === "cefaCodes")!.description;
  };

  beforeAll(async () => {
    copyFileSync(SUPERGRAPH, path);
    database = await createTestDatabase("offa_reload");
    for (const definition of subgraphs) {
      running.push(
        await startSubgraph(definition, {
          database: { kind: "postgres", url: database.url },
          settingName: "TEST_POSTGRES_URL",
          port: 0,
          verification: requestVerificationSettings({ current: DEVELOPMENT_SIGNING_KEY }),
        }),
      );
    }
    gateway = await startGateway(
      {
        host: "127.0.0.1",
        port: 0,
        supergraphPath: path,
        subgraphUrls: Object.fromEntries(running.map((subgraph) => [subgraph.name, subgraph.url])),
        signing: { current: DEVELOPMENT_SIGNING_KEY },
        auth: developmentAuthConfig(),
        // Faster than the 5 s default, so the test does not wait.
        supergraphPollMs: 200,
      },
      { onSupergraphEvent: (event) => events.push(event) },
    );
  }, 60_000);

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(running.map((subgraph) => subgraph.stop()));
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("swaps in a changed file under load, refuses a broken one, and keeps serving throughout", async () => {
    const query = "{ cefaCodes(kind: LEVEL) { code } ifapmeCodes(kind: LEVEL) { code } }";
    const answers: { ok: boolean; detail: string }[] = [];
    let loading = true;
    const worker = async () => {
      while (loading) {
        try {
          const response = await postGraphQL<{ cefaCodes: unknown[] }>(gateway.url, query);
          const ok = response.status === 200 && !response.errors && response.data?.cefaCodes.length === 3;
          answers.push({ ok, detail: JSON.stringify(response).slice(0, 300) });
        } catch (error) {
          answers.push({ ok: false, detail: (error as Error).message });
        }
      }
    };
    const workers = [worker(), worker(), worker()];
    try {
      expect(await cefaCodesDescription()).toBe(
        "CEFA-native codes (published or used in data) with usage counts.",
      );

      // 1. A new valid supergraph (a description changed): the schema changes.
      replaceFile(path, original.replace(ORIGINAL_DESCRIPTION, '"""CEFA-native codes, reloaded."""'));
      expect(await eventCount(1)).toMatchObject({ kind: "reloaded", path });
      expect(await cefaCodesDescription()).toBe("CEFA-native codes, reloaded.");
      const answeredAfterReload = answers.length;

      // 2. Garbage: refused with a code, once, and the reloaded schema still serves.
      replaceFile(path, "this is not { a supergraph");
      const refusal = await eventCount(2);
      expect(refusal).toMatchObject({ kind: "rejected", code: "OFFA_GATEWAY_SUPERGRAPH_REJECTED" });
      expect((refusal as { reason: string }).reason).toContain("is not GraphQL");
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(events).toHaveLength(2);
      expect(await cefaCodesDescription()).toBe("CEFA-native codes, reloaded.");

      // 3. A supergraph naming a subgraph the gateway was not started with: refused (that needs a restart).
      replaceFile(
        path,
        original.replace(
          "enum join__Graph {\n",
          'enum join__Graph {\n  EXTRA @join__graph(name: "extra", url: "http://127.0.0.1:9/graphql")\n',
        ),
      );
      const extra = await eventCount(3);
      expect(extra).toMatchObject({ kind: "rejected", code: "OFFA_GATEWAY_SUPERGRAPH_REJECTED" });
      expect((extra as { reason: string }).reason).toContain("needs a restart");
      expect(await cefaCodesDescription()).toBe("CEFA-native codes, reloaded.");

      loading = false;
      await Promise.all(workers);
      const failed = answers.filter((answer) => !answer.ok);
      expect(failed.map((answer) => answer.detail)).toEqual([]);
      expect(answeredAfterReload).toBeGreaterThan(0);
      expect(answers.length).toBeGreaterThan(answeredAfterReload);
      console.log(`hot reload: ${answers.length} requests during two refusals and one reload, none failed`);
    } finally {
      loading = false;
      await Promise.all(workers);
    }
  }, 60_000);

  it("authorizes with the access directives of the new supergraph, together with its schema", async () => {
    const before = await postGraphQL<{ sfpmeCodes: unknown[] | null }>(
      gateway.url,
      "{ sfpmeCodes(kind: LEVEL) { code } }",
    );
    expect(before.errors).toBeUndefined();
    // The new version requires the identify_learner policy on sfpmeCodes, which no developer passes.
    const count = events.length;
    replaceFile(
      path,
      original.replace(SFPME_CODES, `${SFPME_CODES} @policy(policies: [["identify_learner"]])`),
    );
    expect(await eventCount(count + 1)).toMatchObject({ kind: "reloaded" });
    const after = await postGraphQL<{ sfpmeCodes: unknown[] | null }>(
      gateway.url,
      "{ sfpmeCodes(kind: LEVEL) { code } }",
    );
    expect(after.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([
      ["UNAUTHORIZED_FIELD_OR_TYPE", ["sfpmeCodes"]],
    ]);
    // And back: the requirement goes with the version that had it.
    replaceFile(path, original);
    expect(await eventCount(count + 2)).toMatchObject({ kind: "reloaded" });
    console.log(
      JSON.stringify(
        events.map((e) => [
          e.kind,
          e.hash?.slice(0, 8),
          e.kind === "reloaded" ? e.previousHash.slice(0, 8) : e.reason.slice(0, 80),
        ]),
      ),
    );
    const again = await postGraphQL(gateway.url, "{ sfpmeCodes(kind: LEVEL) { code } }");
    expect(again.errors).toBeUndefined();
  }, 30_000);

  it("logs a refusal with its code from the gateway process, which keeps serving", async () => {
    const own = join(dir, "own.graphql");
    copyFileSync(SUPERGRAPH, own);
    const process = spawnEntry("gateway/main.ts", {
      SUPERGRAPH_PATH: own,
      SUPERGRAPH_POLL_MS: "1000",
      GATEWAY_PORT: "0",
      ...Object.fromEntries(running.map((subgraph) => [`${subgraph.name.toUpperCase()}_URL`, subgraph.url])),
    });
    try {
      const [, url] = await process.waitFor(/ready at (http:\/\/127\.0\.0\.1:\d+\/)/);
      replaceFile(own, "{ broken");
      await process.waitFor(/"code":"OFFA_GATEWAY_SUPERGRAPH_REJECTED"/, 15_000);
      const response = await postGraphQL<{ cefaCodes: unknown[] }>(
        url!,
        "{ cefaCodes(kind: LEVEL) { code } }",
      );
      expect(response.data?.cefaCodes).toHaveLength(3);
    } finally {
      process.child.kill("SIGTERM");
      expect(await process.exited()).toBe(0);
    }
  }, 60_000);
});
