import { join } from "node:path";
import { encodeProviderFigureRequest } from "../../../../schema/contract/figures";
import type { Database } from "../../../kit";
import { selectNativeFigureGroups } from "../../../kit";
import {
  expectPartition,
  figureRequest,
  groupsOf,
  openFigureStore,
  queryFigureTable,
  totals,
  type FigureStore,
} from "../../../kit/figures/__tests__/figureTestKit";
import { ifapmeAdapter } from "../../ifapmeAdapter";
import { ifapmeFigureSources } from "../ifapmeFigureSources";

async function apprentice(db: Database, n: number, birthDate: string): Promise<string> {
  const numero = `IF${String(n).padStart(7, "0")}`;
  await db.query(
    `INSERT INTO ifapme.apprenant (numero, registre_national, nom, prenom, naissance, genre, localite, code_postal)
     VALUES ($1, $2, 'Nom', 'Prénom', $3, 'F', 'Namur', '5000')`,
    [numero, String(n).padStart(11, "0"), birthDate],
  );
  return numero;
}

async function enrolment(
  db: Database,
  id: string,
  numero: string,
  e: { session: string; on: string; dropped?: string; trade: string; track: string; site?: string },
): Promise<void> {
  await db.query(
    `INSERT INTO ifapme.inscription (id, apprenant_numero, site_id, metier_code, filiere, annee_formation, session,
       date_inscription, abandon_le) VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8)`,
    [id, numero, e.site ?? "S1", e.trade, e.track, e.session, e.on, e.dropped ?? null],
  );
}

async function contract(
  db: Database,
  id: string,
  numero: string,
  c: {
    start: string;
    end?: string;
    plannedEnd?: string;
    reason?: string;
    recorded?: string;
    trade: string;
    unit: string;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO ifapme.contrat (numero, apprenant_numero, type_code, metier_code, employeur_bce, employeur_ue,
       employeur_denomination, lieu_localite, lieu_code_postal, tuteur, referent, signe_le, debut, fin_prevue,
       fin_reelle, etat_code, raison_fin_code, heures_entreprise, heures_centre, remuneration_mensuelle, encode_le)
     VALUES ($1, $2, 'CAL', $3, '0400000001', $4, 'Entreprise', 'Namur', '5000', 'Tuteur', 'Référent', $5, $5,
       $10, $6, $7, $8, 30, 8, 500, $9)`,
    [
      id,
      numero,
      c.trade,
      c.unit,
      c.start,
      c.end ?? null,
      c.end ? "F" : "A",
      c.reason ?? null,
      c.recorded ?? c.start,
      c.plannedEnd ?? "2026-06-30",
    ],
  );
}

/**
 * Hand-counted fixture, asOf 2024-03-15:
 * - A1 enrolled 2023-2024 without a contract, dropped out on 2023-12-20;
 * - A2 enrolled both sessions (chef d'entreprise), one contract 2023-06-01..2023-09-30 (across the session
 *   boundary, ended R03), evaluated NIV-A on 2023-06-01 then NIV-B on 2023-09-10;
 * - A3 no enrolment: a contract 2023-10-01..2024-01-31 ended without a reason, a contract entered 2024-03-20
 *   (after asOf: ignored), a CAP on 2023-06-28.
 */
async function seedFixture(db: Database): Promise<void> {
  await db.query(
    `INSERT INTO ifapme.site VALUES ('S1', 'Namur', 'Namur', '5000'), ('S2', 'Liège', 'Liège', '4000')`,
  );
  const a1 = await apprentice(db, 1, "2007-05-01");
  await enrolment(db, "E1", a1, {
    session: "2023-2024",
    on: "2023-09-05",
    dropped: "2023-12-20",
    trade: "M01",
    track: "APPRENTISSAGE",
  });
  const a2 = await apprentice(db, 2, "2000-01-01");
  await enrolment(db, "E2a", a2, {
    session: "2022-2023",
    on: "2022-09-01",
    trade: "M02",
    track: "CHEF_ENTREPRISE",
    site: "S2",
  });
  await enrolment(db, "E2b", a2, {
    session: "2023-2024",
    on: "2023-09-01",
    trade: "M02",
    track: "CHEF_ENTREPRISE",
    site: "S2",
  });
  await contract(db, "IFC00000001", a2, {
    start: "2023-06-01",
    end: "2023-09-30",
    reason: "R03",
    trade: "M02",
    unit: "2000000001",
  });
  await db.query(`INSERT INTO ifapme.evaluation_niveau VALUES ('N1', 'IFC00000001', 'NIV-A', '2023-06-01', 'R'),
    ('N2', 'IFC00000001', 'NIV-B', '2023-09-10', 'R')`);
  const a3 = await apprentice(db, 3, "2006-02-01");
  await contract(db, "IFC00000002", a3, {
    start: "2023-10-01",
    end: "2024-01-31",
    trade: "M01",
    unit: "2000000002",
  });
  await contract(db, "IFC00000003", a3, {
    start: "2024-03-01",
    recorded: "2024-03-20",
    trade: "M01",
    unit: "2000000003",
  });
  await db.query(`INSERT INTO ifapme.titre_delivre VALUES ('T1', $1, 'CAP', 'M01', '2023-06-28')`, [a3]);
  // 2021-2022 only: a contract planned to 2022-06-30 whose end IFAPME never recorded.
  const a4 = await apprentice(db, 4, "2004-04-04");
  await contract(db, "IFC00000004", a4, {
    start: "2021-09-01",
    plannedEnd: "2022-06-30",
    trade: "M03",
    unit: "2000000009",
  });
}

describe("IFAPME figures (FigureTable.ifapmeGroups) on PostgreSQL", () => {
  let store: FigureStore;

  beforeAll(async () => {
    store = await openFigureStore("ifapme", join(__dirname, "../.."));
    await seedFixture(store.db);
  });

  afterAll(async () => {
    await store?.drop();
  });

  const run = (overrides: Parameters<typeof figureRequest>[0]) =>
    selectNativeFigureGroups(store.db, ifapmeFigureSources, figureRequest(overrides));

  it("counts each active learner once per session, with the enrolled and under-contract flags and days", async () => {
    const groups = await run({ measures: ["LEARNERS"], groupBy: ["trackCode"] });
    const rows = (period: string) =>
      groupsOf(groups, "LEARNERS", period).map((g) => [
        g.trackCode,
        g.enrolled,
        g.underContract,
        g.count,
        g.contractDays,
      ]);
    expect(rows("2022-2023")).toEqual([["CHEF_ENTREPRISE", true, true, 1, 92]]);
    expect(rows("2023-2024")).toEqual([
      ["APPRENTISSAGE", true, false, 1, 0],
      ["CHEF_ENTREPRISE", true, true, 1, 30],
      [null, false, true, 1, 123],
    ]);
  });

  it("keeps a contract without a recorded end in force until its planned end, and never counts it as ended", async () => {
    const groups = await run({
      fromPeriod: "2021-2022",
      toPeriod: "2022-2023",
      measures: ["CONTRACTS_ENDED", "LEARNERS"],
      groupBy: ["unitNumber"],
    });
    const atUnit = (measure: string, period: string) =>
      groupsOf(groups, measure, period)
        .filter((g) => g.unitNumber === "2000000009")
        .map((g) => [g.count, g.contractDays]);
    expect(atUnit("LEARNERS", "2021-2022")).toEqual([[1, 303]]); // 2021-09-01..2022-06-30
    expect(atUnit("LEARNERS", "2022-2023")).toEqual([]);
    expect(atUnit("CONTRACTS_ENDED", "2021-2022")).toEqual([]);
  });

  it("ends an enrolment on the day the learner dropped out", async () => {
    const groups = await run({
      granularity: "MONTH",
      fromPeriod: "2023-12",
      toPeriod: "2024-01",
      measures: ["LEARNERS"],
    });
    // December: A1 (until the 20th) and A2 (enrolled all session, between contracts); January: A2 alone.
    expect(groupsOf(groups, "LEARNERS", "2023-12").find((g) => g.enrolled && !g.underContract)).toMatchObject(
      { count: 2 },
    );
    expect(groupsOf(groups, "LEARNERS", "2024-01").find((g) => g.enrolled && !g.underContract)).toMatchObject(
      { count: 1 },
    );
  });

  it("counts contracts started and ended, with and without an end reason, and the level evaluations", async () => {
    const groups = await run({
      measures: ["CONTRACTS_ENDED", "CONTRACTS_STARTED", "LEVEL_DECISIONS"],
      groupBy: ["levelCode"],
    });
    expect(totals(groupsOf(groups, "CONTRACTS_STARTED", "2023-2024")).count).toBe(1);
    expect(groupsOf(groups, "CONTRACTS_STARTED", "2022-2023").map((g) => [g.levelCode, g.count])).toEqual([
      ["NIV-A", 1],
    ]);
    expect(
      groupsOf(groups, "CONTRACTS_ENDED", "2023-2024").map((g) => [
        g.endReasonCode,
        g.levelCode,
        g.count,
        g.contractDays,
      ]),
    ).toEqual([
      ["R03", "NIV-B", 1, 122],
      [null, null, 1, 123],
    ]);
    expect(
      groupsOf(groups, "LEVEL_DECISIONS", "2023-2024").map((g) => [
        g.levelCode,
        g.previousLevelCode,
        g.withinYear,
      ]),
    ).toEqual([["NIV-B", "NIV-A", true]]);
  });

  it("counts titles, programmes by trade and site postcode, and units with a learner", async () => {
    const groups = await run({
      measures: ["CERTIFICATIONS", "PROGRAMMES", "UNITS_WITH_LEARNER"],
      groupBy: ["tradeCode"],
    });
    expect(
      groupsOf(groups, "CERTIFICATIONS", "2022-2023").map((g) => [g.certificationCode, g.tradeCode, g.count]),
    ).toEqual([["CAP", "M01", 1]]);
    expect(
      groupsOf(groups, "PROGRAMMES", "2023-2024").map((g) => [g.tradeCode, g.sitePostcode, g.count]),
    ).toEqual([
      ["M01", "5000", 1],
      ["M02", "4000", 1],
    ]);
    expect(totals(groupsOf(groups, "UNITS_WITH_LEARNER", "2023-2024")).count).toBe(2);
  });

  it("makes every measure's groups a partition", async () => {
    await expectPartition(store.db, ifapmeFigureSources, figureRequest({}));
    await expectPartition(
      store.db,
      ifapmeFigureSources,
      figureRequest({ granularity: "MONTH", fromPeriod: "2023-01", toPeriod: "2024-06" }),
    );
  });

  it("sends one statement per measure whatever the number of rows", async () => {
    const request = figureRequest({ groupBy: ["levelCode", "trackCode"] });
    store.counted.reset();
    await selectNativeFigureGroups(store.counted.db, ifapmeFigureSources, request);
    const small = store.counted.count();
    await store.db
      .query(`INSERT INTO ifapme.apprenant SELECT numero || '-' || k, registre_national || '-' || k, nom,
      prenom, naissance, genre, localite, code_postal, representant_legal FROM ifapme.apprenant, generate_series(1, 30) k`);
    store.counted.reset();
    await selectNativeFigureGroups(store.counted.db, ifapmeFigureSources, request);
    expect(store.counted.count()).toBe(small);
    expect(small).toBe(request.measures.length);
  });

  it("serves FigureTable.ifapmeGroups, BAD_USER_INPUT for a bad key, OFFA_STORE_FAILED naming IFAPME", async () => {
    const key = encodeProviderFigureRequest(figureRequest({ measures: ["LEARNERS"] }));
    const good = await queryFigureTable(ifapmeAdapter, store.db, [key]);
    expect(good.errors).toBeUndefined();
    store.counted.reset();
    const bad = await queryFigureTable(ifapmeAdapter, store.counted.db, [key.replace("LEARNERS", "PUPILS")]);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(store.counted.count()).toBe(0);
    const failing: Database = { ...store.db, query: () => Promise.reject(new Error("cut")) };
    const failed = await queryFigureTable(ifapmeAdapter, failing, [key]);
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: "OFFA_STORE_FAILED", provider: "IFAPME" });
  });
});
