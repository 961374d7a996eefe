import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appendAuditRecord, type AuditEntry } from "../../../subgraphs/kit/audit";
import { findAuditRecords } from "../../../subgraphs/kit/audit";
import { verifyAuditChain } from "../../../subgraphs/kit/audit";
import { loadAuditMigrations } from "../../../subgraphs/kit/audit";
import { createEmbeddedDatabase } from "../../../subgraphs/kit/db/createEmbeddedDatabase";
import { createPostgresDatabase } from "../../../subgraphs/kit/db/createPostgresDatabase";
import type { Database } from "../../../subgraphs/kit/db/Database";
import { runMigrations } from "../../../subgraphs/kit/db/runMigrations";
import { createTestDatabase, type TestDatabase } from "../../helpers/createTestDatabase";

const SCHEMA = "audit_cefa";

const entry = (n: number): AuditEntry => ({
  subgraph: "cefa",
  requestId: `request-${n}`,
  subject: "officer-1",
  role: "MOBILITY_OFFICER",
  provider: null,
  purpose: "MOBILITY_FOLLOW_UP",
  learners: [{ id: `FWB${String(n).padStart(8, "0")}`, pseudonym: n % 2 === 0 ? "e".repeat(64) : null }],
  fields: ["CefaLearner.birthDate", "CefaLearner.lastName"],
  pseudonymKeyId: "0123456789abcdef",
});

/** The same chain tests on both stores a subgraph may run on, with the same SQL. */
describe.each([
  ["embedded PostgreSQL (PGlite)", "embedded"],
  ["PostgreSQL", "postgres"],
] as const)("the audit chain on %s", (_label, kind) => {
  let db: Database;
  let testDatabase: TestDatabase | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    if (kind === "postgres") {
      testDatabase = await createTestDatabase();
      db = createPostgresDatabase(testDatabase.url, { maxConnections: 8 });
    } else {
      dataDir = mkdtempSync(join(tmpdir(), "offa-audit-"));
      db = await createEmbeddedDatabase(dataDir);
    }
    await runMigrations(db, SCHEMA, loadAuditMigrations(SCHEMA));
  }, 60_000);

  afterAll(async () => {
    await db?.close();
    await testDatabase?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("appends records linked to each other from the genesis hash, and verifies them", async () => {
    const first = await appendAuditRecord(db, SCHEMA, entry(1));
    const second = await appendAuditRecord(db, SCHEMA, entry(2));
    expect(first.seq).toBe(1);
    expect(first.previousHash).toBe("0".repeat(64));
    expect(second.seq).toBe(2);
    expect(second.previousHash).toBe(first.hash);
    expect(await verifyAuditChain(db, SCHEMA)).toEqual({ kind: "intact", checked: 2, headHash: second.hash });
  });

  it("keeps one chain under concurrent appends: no seq twice, every link to the one before", async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => appendAuditRecord(db, SCHEMA, entry(100 + i))));
    const verdict = await verifyAuditChain(db, SCHEMA);
    expect(verdict).toMatchObject({ kind: "intact", checked: 42 });
  });

  it("finds a learner's records by pseudonym and by id", async () => {
    const byPseudonym = await findAuditRecords(db, SCHEMA, { pseudonyms: ["e".repeat(64)] });
    expect(byPseudonym.map((record) => record.requestId)).toContain("request-2");
    expect(byPseudonym.every((record) => record.learners[0].pseudonym === "e".repeat(64))).toBe(true);
    const byId = await findAuditRecords(db, SCHEMA, { id: "FWB00000001" });
    expect(byId.map((record) => record.requestId)).toEqual(["request-1"]);
  });

  it("refuses UPDATE, DELETE and TRUNCATE on the log", async () => {
    await expect(
      db.query(`UPDATE ${SCHEMA}.audit_log SET subject = 'someone else' WHERE seq = 1`),
    ).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM ${SCHEMA}.audit_log WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE ${SCHEMA}.audit_log`)).rejects.toThrow(/append-only/);
  });

  it("detects a record changed behind the trigger's back, naming the first broken one", async () => {
    await db.exec(`ALTER TABLE ${SCHEMA}.audit_log DISABLE TRIGGER audit_log_append_only;
      UPDATE ${SCHEMA}.audit_log SET purpose = 'CONTRACT_VERIFICATION' WHERE seq = 5;
      ALTER TABLE ${SCHEMA}.audit_log ENABLE TRIGGER audit_log_append_only;`);
    const verdict = await verifyAuditChain(db, SCHEMA);
    expect(verdict).toMatchObject({ kind: "broken", checked: 4, firstBroken: { seq: 5 } });
    if (verdict.kind === "broken") expect(verdict.firstBroken.reason).toMatch(/changed after it was written/);
  });

  it("detects records removed from the end of the chain", async () => {
    await db.exec(`ALTER TABLE ${SCHEMA}.audit_log DISABLE TRIGGER audit_log_append_only;
      UPDATE ${SCHEMA}.audit_log SET purpose = 'MOBILITY_FOLLOW_UP' WHERE seq = 5;
      DELETE FROM ${SCHEMA}.audit_log WHERE seq = 42;
      ALTER TABLE ${SCHEMA}.audit_log ENABLE TRIGGER audit_log_append_only;`);
    expect(await verifyAuditChain(db, SCHEMA)).toMatchObject({
      kind: "broken",
      checked: 41,
      firstBroken: { seq: 42 },
    });
  });
});
