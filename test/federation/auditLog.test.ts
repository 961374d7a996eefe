import { resolve } from "node:path";
import { signDevelopmentToken } from "../../gateway/auth";
import type { AuditStore } from "../../scripts/audit/openAuditStores";
import { listLearnerAccesses } from "../../scripts/audit/listLearnerAccesses";
import {
  auditSchemaName,
  derivePseudonym,
  developmentPseudonymKeys,
  type AuditRecord,
  type SubgraphName,
} from "../../subgraphs/kit";
import { AUDIT_RECORD_COLUMNS, toAuditRecord, type AuditRow } from "../../subgraphs/kit/audit/auditRows";
import { ADMIN_URL } from "../helpers/createTestDatabase";
import { postGraphQL } from "../helpers/graphql";
import { spawnEntry } from "../helpers/spawnProcess";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

const NAMES: SubgraphName[] = ["cefa", "ifapme", "sfpme", "offa"];
const AUDIT_KEY = developmentPseudonymKeys().audit.current;

/** A learner-level query that reaches OFFA (the learner) and CEFA (their pupil record). */
const LEARNER_QUERY = /* GraphQL */ `
  query ($id: ID!) {
    learner(id: $id) {
      id
      cefa {
        id
        lastName
        birthDate
      }
    }
  }
`;

describe("audit of learner-level reads (issue 8 item 5, PostgreSQL)", () => {
  let stack: TestStack;
  let officerToken: string;
  let offaId: string;
  let cefaId: string;
  let nationalNumber: string;

  /** Every record of every store written for one request id, by store (stores without one left out). */
  const recordsOf = async (requestId: string): Promise<Partial<Record<SubgraphName, AuditRecord[]>>> => {
    const found: Partial<Record<SubgraphName, AuditRecord[]>> = {};
    for (const name of NAMES) {
      const rows = await stack.stores[name].query<AuditRow>(
        `SELECT ${AUDIT_RECORD_COLUMNS} FROM ${auditSchemaName(name)}.audit_log WHERE request_id = $1`,
        [requestId],
      );
      if (rows.length > 0) found[name] = rows.map(toAuditRecord);
    }
    return found;
  };
  const auditStores = (): AuditStore[] =>
    NAMES.map((name) => ({ name, auditSchema: auditSchemaName(name), db: stack.stores[name] }));
  const asOfficer = <Data = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    requestId: string,
  ) =>
    postGraphQL<Data>(
      stack.gatewayUrl,
      query,
      variables,
      { "x-offa-purpose": "MOBILITY_FOLLOW_UP", "x-request-id": requestId },
      officerToken,
    );

  beforeAll(async () => {
    stack = await startPostgresTestStack();
    officerToken = await signDevelopmentToken({ role: "MOBILITY_OFFICER", subject: "officer-audit-test" });
    const person = stack.groundTruth.people.find(
      (p) => p.records.filter((record) => record.provider === "cefa").length === 1,
    )!;
    offaId = person.offaLearnerId;
    cefaId = person.records.find((record) => record.provider === "cefa")!.providerLearnerId;
    const [row] = await stack.stores.cefa.query<{ niss: string }>(
      `SELECT niss FROM cefa.eleve WHERE matricule = $1`,
      [cefaId],
    );
    nationalNumber = row.niss;
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("writes one record in each subgraph that served learner-level data, naming who, role, purpose, request and fields", async () => {
    const response = await asOfficer(LEARNER_QUERY, { id: offaId }, "audit-e2e-read");
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ learner: { id: offaId, cefa: [{ id: cefaId }] } });

    const records = await recordsOf("audit-e2e-read");
    expect(records.offa).toHaveLength(1);
    expect(records.cefa).toHaveLength(1);
    const cefa = records.cefa![0];
    expect(cefa).toMatchObject({
      subgraph: "cefa",
      requestId: "audit-e2e-read",
      subject: "officer-audit-test",
      role: "MOBILITY_OFFICER",
      provider: null,
      purpose: "MOBILITY_FOLLOW_UP",
      learners: [{ id: cefaId, pseudonym: derivePseudonym("audit", nationalNumber, AUDIT_KEY) }],
      pseudonymKeyId: AUDIT_KEY.id,
    });
    expect(cefa.fields).toEqual(expect.arrayContaining(["CefaLearner.birthDate", "CefaLearner.lastName"]));
    // No national number in clear in the log.
    expect(JSON.stringify(cefa)).not.toContain(nationalNumber.replace(/\D/g, ""));
    const offa = records.offa![0];
    expect(offa).toMatchObject({ subject: "officer-audit-test", purpose: "MOBILITY_FOLLOW_UP" });
    expect(offa.fields).toContain("Learner.id");
    expect(offa.learners).toEqual([
      { id: offaId, pseudonym: derivePseudonym("audit", nationalNumber, AUDIT_KEY) },
    ]);
  });

  it("writes nothing for a query that reads no learner-level data", async () => {
    const response = await asOfficer(`{ establishmentUnits(first: 2) { number } }`, {}, "audit-e2e-register");
    expect(response.errors).toBeUndefined();
    expect(response.data?.establishmentUnits).toHaveLength(2);
    expect(await recordsOf("audit-e2e-register")).toEqual({});
  });

  it("lists every access to one learner across the stores, by national number and by native id (GDPR art. 15)", async () => {
    const developer = await postGraphQL(
      stack.gatewayUrl,
      `query ($id: ID!) { cefaLearner(id: $id) { id firstName } }`,
      { id: cefaId },
      { "x-request-id": "audit-e2e-developer" },
    );
    expect(developer.errors).toBeUndefined();
    const byNumber = await listLearnerAccesses(auditStores(), nationalNumber, [AUDIT_KEY]);
    expect(byNumber.searchedBy).toBe("pseudonym");
    const seen = byNumber.accesses.map((access) => `${access.store}:${access.record.requestId}`);
    expect(seen).toEqual(
      expect.arrayContaining(["cefa:audit-e2e-read", "offa:audit-e2e-read", "cefa:audit-e2e-developer"]),
    );
    expect(byNumber.accesses.find((a) => a.record.requestId === "audit-e2e-developer")!.record).toMatchObject(
      {
        role: "DEVELOPER",
        fields: ["CefaLearner.firstName", "CefaLearner.id"],
      },
    );
    const byId = await listLearnerAccesses(auditStores(), cefaId, [AUDIT_KEY]);
    expect(byId.searchedBy).toBe("id");
    expect(byId.accesses.map((access) => access.record.requestId)).toEqual([
      "audit-e2e-read",
      "audit-e2e-developer",
    ]);
    // Another learner's national number finds none of these.
    const [other] = await stack.stores.cefa.query<{ niss: string }>(
      `SELECT niss FROM cefa.eleve WHERE matricule <> $1 LIMIT 1`,
      [cefaId],
    );
    const forOther = await listLearnerAccesses(auditStores(), other.niss, [AUDIT_KEY]);
    expect(forOther.accesses.map((a) => a.record.requestId)).not.toContain("audit-e2e-read");
  });

  it("fails the request with OFFA_AUDIT_WRITE_FAILED and no data when the audit write fails", async () => {
    await stack.stores.cefa.exec(`ALTER TABLE audit_cefa.audit_log RENAME TO audit_log_unwritable`);
    let response: Awaited<ReturnType<typeof postGraphQL<{ cefaLearner: unknown }>>>;
    try {
      response = await asOfficer<{ cefaLearner: unknown }>(
        `query ($id: ID!) { cefaLearner(id: $id) { id lastName birthDate } }`,
        { id: cefaId },
        "audit-e2e-unwritable",
      );
    } finally {
      await stack.stores.cefa.exec(`ALTER TABLE audit_cefa.audit_log_unwritable RENAME TO audit_log`);
    }
    expect(response.errors?.map((error) => error.extensions?.code)).toContain("OFFA_AUDIT_WRITE_FAILED");
    expect(response.data?.cefaLearner ?? null).toBeNull();
    expect(JSON.stringify(response)).not.toMatch(/lastName"\s*:\s*"/);
    expect(await recordsOf("audit-e2e-unwritable")).toEqual({});
    // The chain is unharmed: the failed append rolled back whole.
    const again = await asOfficer(
      `query ($id: ID!) { cefaLearner(id: $id) { id } }`,
      { id: cefaId },
      "audit-e2e-after",
    );
    expect(again.errors).toBeUndefined();
    expect((await recordsOf("audit-e2e-after")).cefa).toHaveLength(1);
  });

  it("npm run audit:verify reports every chain intact, then the first tampered record (exit 1)", async () => {
    const env: Record<string, string> = {};
    for (const name of NAMES) {
      const [{ db }] = await stack.stores[name].query<{ db: string }>(`SELECT current_database() AS db`);
      const url = new URL(ADMIN_URL);
      url.pathname = `/${db}`;
      env[`${name.toUpperCase()}_DATABASE_URL`] = url.toString();
    }
    const verify = async () => {
      const run = spawnEntry(resolve(__dirname, "../../scripts/auditVerify.ts"), env);
      return { code: await run.exited(), output: run.output() };
    };
    const intact = await verify();
    expect(intact.output).toMatch(/^cefa: \d+ records checked, chain intact/m);
    expect(intact.output).toMatch(/^offa: \d+ records checked, chain intact/m);
    expect(intact.code).toBe(0);

    const [{ seq }] = await stack.stores.cefa.query<{ seq: string }>(
      `SELECT seq::text AS seq FROM audit_cefa.audit_log WHERE request_id = 'audit-e2e-read'`,
    );
    await stack.stores.cefa.exec(`ALTER TABLE audit_cefa.audit_log DISABLE TRIGGER audit_log_append_only;
      UPDATE audit_cefa.audit_log SET subject = 'someone-else' WHERE request_id = 'audit-e2e-read';
      ALTER TABLE audit_cefa.audit_log ENABLE TRIGGER audit_log_append_only;`);
    const tampered = await verify();
    expect(tampered.output).toMatch(
      new RegExp(
        `^cefa: ${Number(seq) - 1} records checked, BROKEN at record ${seq}: .*changed after it was written`,
        "m",
      ),
    );
    expect(tampered.output).toMatch(/^offa: \d+ records checked, chain intact/m);
    expect(tampered.code).toBe(1);
  }, 60_000);
});
