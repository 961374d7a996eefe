import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as figureContract from "../../../../schema/contract/figures";
import { createTestDatabase, type TestDatabase } from "../../../../test/helpers/createTestDatabase";
import { createEmbeddedDatabase } from "../../db/createEmbeddedDatabase";
import { createPostgresDatabase } from "../../db/createPostgresDatabase";
import type { Database } from "../../db/Database";
import { selectNativeFigureGroups } from "../selectNativeFigureGroups";
import type { ProviderFigureSources } from "../ProviderFigureSources";
import { figureRequest } from "./figureTestKit";

/** A store of the kit's own test schema: the sources' column shapes over plain tables, nothing provider-specific. */
const SOURCES: ProviderFigureSources = {
  learners: `SELECT id AS learner_id, birth_date, postcode FROM figtest.learner`,
  enrolments: `SELECT id AS enrolment_id, learner_id, enrolled_on AS recorded_on, first_day, last_day, trade_code,
    track_code, site_id, site_postcode FROM figtest.enrolment`,
  contracts: `SELECT id AS contract_id, learner_id, recorded_on, start_day, COALESCE(ended_on, planned_end) AS end_day,
    ended_on, trade_code, unit_number, type_code AS contract_type_code, end_reason AS end_reason_code
    FROM figtest.contract`,
  levelDecisions: `SELECT id AS decision_id, contract_id, level_code, decided_on FROM figtest.decision`,
  certificates: `SELECT id AS certificate_id, learner_id, code AS certification_code, trade_code, issued_on
    FROM figtest.certificate`,
};

const SCHEMA = `
  CREATE SCHEMA figtest;
  CREATE TABLE figtest.learner (id text PRIMARY KEY, birth_date date, postcode text);
  CREATE TABLE figtest.enrolment (id text PRIMARY KEY, learner_id text, enrolled_on date, first_day date,
    last_day date, trade_code text, track_code text, site_id text, site_postcode text);
  CREATE TABLE figtest.contract (id text PRIMARY KEY, learner_id text, recorded_on date, start_day date,
    planned_end date, ended_on date, trade_code text, unit_number text, type_code text, end_reason text);
  CREATE TABLE figtest.decision (id text PRIMARY KEY, contract_id text, level_code text, decided_on date);
  CREATE TABLE figtest.certificate (id text PRIMARY KEY, learner_id text, code text, trade_code text, issued_on date);
  INSERT INTO figtest.learner VALUES ('L1', '2006-05-01', '4000'), ('L2', '2004-12-31', '1000'), ('L3', '2007-02-28', '5000');
  INSERT INTO figtest.enrolment VALUES
    ('E1', 'L1', '2022-08-20', '2022-09-01', '2023-08-31', 'T1', 'A', 'S1', '4000'),
    ('E2', 'L1', '2023-06-15', '2023-09-01', '2024-08-31', 'T1', 'A', 'S1', '4000'),
    ('E3', 'L2', '2023-09-10', '2023-09-10', '2024-01-31', 'T2', 'B', 'S2', NULL),
    ('E4', 'L3', '2024-05-01', '2024-09-01', '2025-08-31', 'T1', 'A', 'S1', '4000');
  INSERT INTO figtest.contract VALUES
    ('C1', 'L1', '2023-01-10', '2023-01-09', '2024-06-30', '2023-11-30', 'T1', 'U1', 'K1', 'R1'),
    ('C2', 'L1', '2023-12-01', '2023-12-01', '2025-06-30', NULL, 'T1', 'U2', 'K1', NULL),
    ('C3', 'L2', '2023-10-01', '2023-10-01', '2024-02-15', NULL, 'T2', 'U1', 'K2', NULL),
    ('C4', 'L3', '2024-04-01', '2024-02-01', '2024-12-31', NULL, 'T1', 'U3', 'K1', NULL);
  INSERT INTO figtest.decision VALUES ('D1', 'C1', 'A', '2023-01-09'), ('D2', 'C1', 'B', '2023-10-01'),
    ('D3', 'C2', 'B', '2024-01-05'), ('D4', 'C3', 'A', '2023-10-01');
  INSERT INTO figtest.certificate VALUES ('X1', 'L1', 'Q1', 'T1', '2023-06-30'), ('X2', 'L2', 'Q2', 'T2', '2024-06-30');
`;

async function seed(db: Database): Promise<void> {
  await db.exec(SCHEMA);
}

const REQUESTS: figureContract.ProviderFigureRequest[] = [
  figureRequest({
    groupBy: [...figureContract.NATIVE_DIMENSIONS].sort() as figureContract.NativeDimension[],
  }),
  figureRequest({
    granularity: "MONTH",
    fromPeriod: "2022-09",
    toPeriod: "2024-04",
    groupBy: ["levelCode", "trackCode"],
  }),
];

describe("figure statements on embedded PostgreSQL (PGlite), the store npm start runs on", () => {
  let embedded: Database;
  let dataDir: string;
  let testDb: TestDatabase;
  let postgres: Database;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "offa-figures-"));
    embedded = await createEmbeddedDatabase(dataDir);
    await seed(embedded);
    testDb = await createTestDatabase("offa_figures_kit");
    postgres = createPostgresDatabase(testDb.url, { maxConnections: 2 });
    await seed(postgres);
  }, 120_000);

  afterAll(async () => {
    await embedded?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    await postgres?.close();
    await testDb?.drop();
  });

  it.each(REQUESTS.map((request) => [request.granularity, request]))(
    "gives the same groups as PostgreSQL (%s)",
    async (_, request) => {
      const onEmbedded = await selectNativeFigureGroups(embedded, SOURCES, request);
      const onPostgres = await selectNativeFigureGroups(postgres, SOURCES, request);
      expect(onEmbedded.length).toBeGreaterThan(10);
      expect(onEmbedded).toEqual(onPostgres);
    },
  );
});
