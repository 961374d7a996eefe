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
import { cefaAdapter } from "../../cefaAdapter";
import { cefaFigureSources } from "../cefaFigureSources";

/** A pupil; `n` makes the matricule and a distinct national number. */
async function pupil(db: Database, n: number, birthDate: string, postcode = "4020"): Promise<string> {
  const matricule = `FWB${String(n).padStart(8, "0")}`;
  await db.query(
    `INSERT INTO cefa.eleve (matricule, niss, nom, prenom, date_naissance, sexe, commune, code_postal)
     VALUES ($1, $2, 'Nom', 'Prénom', $3, 'F', 'Liège', $4)`,
    [matricule, String(n).padStart(11, "0"), birthDate, postcode],
  );
  return matricule;
}

async function enrolment(
  db: Database,
  id: string,
  matricule: string,
  e: { year: string; on: string; exit?: string; option: string; article: "45" | "49"; centre?: string },
): Promise<void> {
  await db.query(
    `INSERT INTO cefa.inscription (id, matricule, centre_code, annee_scolaire, article, option_code, degre,
       annee_etude, date_inscription, date_sortie) VALUES ($1, $2, $3, $4, $5, $6, 3, 5, $7, $8)`,
    [id, matricule, e.centre ?? "C1", e.year, e.article, e.option, e.on, e.exit ?? null],
  );
}

async function contract(
  db: Database,
  id: string,
  matricule: string,
  c: {
    start: string;
    end?: string;
    reason?: string;
    recorded?: string;
    option: string;
    unit: string;
    type?: string;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO cefa.contrat (id, matricule, type_contrat, option_code, entreprise_bce, unite_etablissement,
       entreprise_nom, lieu_commune, lieu_code_postal, tuteur_nom, referent_nom, date_signature, date_debut,
       date_fin_prevue, date_fin_effective, statut, motif_fin, retribution_mensuelle, heures_entreprise_annee,
       heures_ecole_annee, date_encodage)
     VALUES ($1, $2, $3, $4, '0400000001', $5, 'Entreprise', 'Liège', '4000', 'Tuteur', 'Référent', $6, $6,
       '2026-06-30', $7, $8, $9, 500, 700, 400, $10)`,
    [
      id,
      matricule,
      c.type ?? "CA",
      c.option,
      c.unit,
      c.start,
      c.end ?? null,
      c.end ? "CLOTURE" : "EN_COURS",
      c.reason ?? null,
      c.recorded ?? c.start,
    ],
  );
}

async function decision(db: Database, id: string, contractId: string, palier: string, on: string) {
  await db.query(
    `INSERT INTO cefa.decision_palier (id, contrat_id, palier, date_decision, referent_nom) VALUES ($1, $2, $3, $4, 'R')`,
    [id, contractId, palier, on],
  );
}

async function certificate(db: Database, id: string, matricule: string, code: string, on: string) {
  await db.query(
    `INSERT INTO cefa.certification (id, matricule, code, option_code, annee_scolaire, date_delivrance)
     VALUES ($1, $2, $3, '3333', '2022-2023', $4)`,
    [id, matricule, code, on],
  );
}

/**
 * Hand-counted fixture, asOf 2024-03-15 (school years 2022-2023 and 2023-2024):
 * - L1 enrolled 2023-2024 without a contract;
 * - L2 enrolled both years, one contract 2023-05-01..2023-10-31 (across the year boundary, ended by RUPTURE),
 *   palier P1 on 2023-05-01 then P2 on 2023-09-15 (a level change);
 * - L3 no enrolment: a contract 2022-09-01..2023-06-30 ended at TERME (palier P3 from 2022-10-01), a contract
 *   from 2023-10-01 still running (no palier yet),
 *   a contract recorded 2024-04-01 (after asOf: ignored), a CQ6 on 2023-06-25 and one on 2024-06-25 (ignored);
 * - L4 a contract from 2023-09-01 whose end (2024-05-31) is after asOf: still running on asOf;
 * - L5 a contract 2023-09-01..2023-12-31 ended without a recorded reason;
 * - L6 an enrolment made 2024-04-01 (after asOf): not counted.
 */
async function seedFixture(db: Database): Promise<void> {
  await db.query(`INSERT INTO cefa.centre VALUES ('C1', 'CEFA Liège', 'Athénée', 'Liège', '4000', 'WAL'),
    ('C2', 'CEFA Bruxelles', 'Athénée', 'Bruxelles', '1000', 'BXL')`);
  await db.query(`INSERT INTO cefa.option_etude VALUES ('1111', 'Boulanger', '49'), ('2222', 'Coiffeur', '45'),
    ('3333', 'Mécanicien', '49')`);
  const l1 = await pupil(db, 1, "2006-10-01");
  await enrolment(db, "I1", l1, { year: "2023-2024", on: "2023-08-20", option: "1111", article: "49" });
  const l2 = await pupil(db, 2, "2005-01-10", "1000");
  await enrolment(db, "I2a", l2, { year: "2022-2023", on: "2022-09-01", option: "2222", article: "45" });
  await enrolment(db, "I2b", l2, {
    year: "2023-2024",
    on: "2023-09-01",
    option: "2222",
    article: "45",
    centre: "C2",
  });
  await contract(db, "CT2", l2, {
    start: "2023-05-01",
    end: "2023-10-31",
    reason: "RUPTURE",
    option: "2222",
    unit: "2000000001",
  });
  await decision(db, "D2a", "CT2", "P1", "2023-05-01");
  await decision(db, "D2b", "CT2", "P2", "2023-09-15");
  const l3 = await pupil(db, 3, "2004-02-29");
  await contract(db, "CT3a", l3, {
    start: "2022-09-01",
    end: "2023-06-30",
    reason: "TERME",
    option: "3333",
    unit: "2000000002",
  });
  await contract(db, "CT3b", l3, { start: "2023-10-01", option: "3333", unit: "2000000002" });
  await contract(db, "CT3c", l3, {
    start: "2024-02-01",
    recorded: "2024-04-01",
    option: "3333",
    unit: "2000000003",
  });
  await decision(db, "D3a", "CT3a", "P3", "2022-10-01");
  await certificate(db, "X3a", l3, "CQ6", "2023-06-25");
  await certificate(db, "X3b", l3, "CQ7", "2024-06-25");
  const l4 = await pupil(db, 4, "2007-03-15");
  await contract(db, "CT4", l4, {
    start: "2023-09-01",
    end: "2024-05-31",
    reason: "TERME",
    option: "1111",
    unit: "2000000003",
  });
  const l5 = await pupil(db, 5, "2006-01-01");
  await contract(db, "CT5", l5, {
    start: "2023-09-01",
    end: "2023-12-31",
    option: "1111",
    unit: "2000000001",
    type: "CTTP",
  });
  const l6 = await pupil(db, 6, "2006-01-01");
  await enrolment(db, "I6", l6, { year: "2023-2024", on: "2024-04-01", option: "1111", article: "49" });
  // 2021-2022 only: two overlapping contracts, 2021-10-01..2022-01-31 and 2021-12-01..2022-03-31.
  const l7 = await pupil(db, 7, "2005-05-05");
  await contract(db, "CT7a", l7, {
    start: "2021-10-01",
    end: "2022-01-31",
    reason: "RUPTURE",
    option: "1111",
    unit: "2000000004",
  });
  await contract(db, "CT7b", l7, {
    start: "2021-12-01",
    end: "2022-03-31",
    reason: "TERME",
    option: "1111",
    unit: "2000000005",
  });
}

describe("CEFA figures (FigureTable.cefaGroups) on PostgreSQL", () => {
  let store: FigureStore;

  beforeAll(async () => {
    store = await openFigureStore("cefa", join(__dirname, "../.."));
    await seedFixture(store.db);
  });

  afterAll(async () => {
    await store?.drop();
  });

  const run = (overrides: Parameters<typeof figureRequest>[0]) =>
    selectNativeFigureGroups(store.db, cefaFigureSources, figureRequest(overrides));

  it("counts each active learner once per school year, enrolled and under contract flagged, with contract days", async () => {
    const groups = await run({ measures: ["LEARNERS"] });
    const flags = (period: string) =>
      groupsOf(groups, "LEARNERS", period).map((g) => [g.enrolled, g.underContract, g.count, g.contractDays]);
    // 2022-2023: L2 enrolled with 123 days under contract (May-August); L3 under contract only, 303 days.
    expect(flags("2022-2023")).toEqual([
      [false, true, 1, 303],
      [true, true, 1, 123],
    ]);
    // 2023-2024 cut at asOf: L3 (167 d), L4 (197 d, its end after asOf ignored), L5 (122 d); L1 without a
    // contract; L2 61 days; L6's enrolment made after asOf does not exist yet.
    expect(flags("2023-2024")).toEqual([
      [false, true, 3, 167 + 197 + 122],
      [true, false, 1, 0],
      [true, true, 1, 61],
    ]);
  });

  it("gives a learner the level in force on their last day under contract, and the trade of that contract", async () => {
    const groups = await run({ measures: ["LEARNERS"], groupBy: ["levelCode", "tradeCode"] });
    const l2 = groupsOf(groups, "LEARNERS", "2023-2024").find((g) => g.tradeCode === "2222");
    expect(l2).toMatchObject({ levelCode: "P2", count: 1 });
    const lastYear = groupsOf(groups, "LEARNERS", "2022-2023").find((g) => g.tradeCode === "2222");
    expect(lastYear).toMatchObject({ levelCode: "P1", count: 1 });
    // No level without a level record: L1 (enrolled, no contract: the trade of the enrolment), L4 and L5.
    const withoutLevel = groupsOf(groups, "LEARNERS", "2023-2024").filter(
      (g) => g.tradeCode === "1111" && g.levelCode === null,
    );
    expect(totals(withoutLevel).count).toBe(3);
  });

  it("gives age in whole years on the last active day, the learner's postcode and the enrolment's article as track", async () => {
    const groups = await run({
      measures: ["LEARNERS"],
      groupBy: ["ageYears", "learnerPostcode", "trackCode"],
    });
    const rows = groupsOf(groups, "LEARNERS", "2023-2024").map((g) => [
      g.ageYears,
      g.learnerPostcode,
      g.trackCode,
      g.count,
    ]);
    // L1 17 (born 2006-10-01), L2 19, L3 20 (born 29 February), L4 17 on their birthday (asOf), L5 17 on 2023-12-31.
    expect(rows).toEqual([
      [19, "1000", "45", 1],
      [17, "4020", "49", 1],
      [17, "4020", null, 2],
      [20, "4020", null, 1],
    ]);
  });

  it("counts each day under contract once where two contracts overlap", async () => {
    const groups = await run({ fromPeriod: "2021-2022", toPeriod: "2021-2022", measures: ["LEARNERS"] });
    // 2021-10-01..2022-03-31: 182 days, not 123 + 121.
    expect(
      groupsOf(groups, "LEARNERS", "2021-2022").map((g) => [g.underContract, g.count, g.contractDays]),
    ).toEqual([[true, 1, 182]]);
  });

  it("takes the level of the contract itself: a new contract has none until its referent decides", async () => {
    const groups = await run({
      measures: ["CONTRACTS_ENDED", "CONTRACTS_STARTED", "LEARNERS"],
      groupBy: ["levelCode", "unitNumber"],
    });
    const atUnit2 = (measure: string, period: string) =>
      groupsOf(groups, measure, period)
        .filter((g) => g.unitNumber === "2000000002")
        .map((g) => [g.levelCode, g.count]);
    // CT3a started before its first palier and ended at P3; CT3b, L3's next contract, has no palier of its own.
    expect(atUnit2("CONTRACTS_STARTED", "2022-2023")).toEqual([[null, 1]]);
    expect(atUnit2("CONTRACTS_ENDED", "2022-2023")).toEqual([["P3", 1]]);
    expect(atUnit2("LEARNERS", "2022-2023")).toEqual([["P3", 1]]);
    expect(atUnit2("LEARNERS", "2023-2024")).toEqual([[null, 1]]);
  });

  it("counts contracts started and ended, with and without an end reason, ignoring what asOf does not know", async () => {
    const groups = await run({
      measures: ["CONTRACTS_ENDED", "CONTRACTS_STARTED"],
      groupBy: ["contractTypeCode"],
    });
    expect(totals(groupsOf(groups, "CONTRACTS_STARTED", "2022-2023")).count).toBe(2); // CT3a, CT2
    expect(totals(groupsOf(groups, "CONTRACTS_STARTED", "2023-2024")).count).toBe(3); // CT3b, CT4, CT5 (not CT3c)
    const ended = groupsOf(groups, "CONTRACTS_ENDED", "2023-2024").map((g) => [
      g.endReasonCode,
      g.contractTypeCode,
      g.count,
      g.contractDays,
    ]);
    // CT2 ended 2023-10-31 (184 days), CT5 without reason (122 days); CT4 ends after asOf: not yet ended.
    expect(ended).toEqual([
      ["RUPTURE", "CA", 1, 184],
      [null, "CTTP", 1, 122],
    ]);
    expect(
      groupsOf(groups, "CONTRACTS_ENDED", "2022-2023").map((g) => [g.endReasonCode, g.count, g.contractDays]),
    ).toEqual([["TERME", 1, 303]]);
  });

  it("counts level decisions with the level before and whether it came within a year", async () => {
    const groups = await run({ measures: ["LEVEL_DECISIONS"] });
    expect(
      groupsOf(groups, "LEVEL_DECISIONS", "2022-2023").map((g) => [
        g.previousLevelCode,
        g.withinYear,
        g.count,
      ]),
    ).toEqual([[null, null, 2]]); // D2a and D3a: first decisions of their learners
    expect(
      groupsOf(groups, "LEVEL_DECISIONS", "2023-2024").map((g) => [
        g.previousLevelCode,
        g.withinYear,
        g.count,
      ]),
    ).toEqual([["P1", true, 1]]);
  });

  it("counts certificates issued by code, programmes by trade and site, and units with a learner", async () => {
    const groups = await run({
      measures: ["CERTIFICATIONS", "PROGRAMMES", "UNITS_WITH_LEARNER"],
      groupBy: ["tradeCode", "unitNumber"],
    });
    expect(
      groupsOf(groups, "CERTIFICATIONS", "2022-2023").map((g) => [g.certificationCode, g.count]),
    ).toEqual([["CQ6", 1]]);
    expect(groupsOf(groups, "CERTIFICATIONS", "2023-2024")).toEqual([]);
    expect(
      groupsOf(groups, "PROGRAMMES", "2023-2024").map((g) => [g.tradeCode, g.sitePostcode, g.count]),
    ).toEqual([
      ["1111", "4000", 1],
      ["2222", "1000", 1],
    ]);
    const units = groupsOf(groups, "UNITS_WITH_LEARNER", "2023-2024").map((g) => [
      g.unitNumber,
      g.tradeCode,
      g.count,
    ]);
    // Each unit with a contract in force, with the trade of its latest contract of the year (2000000001: CT5).
    expect(units.sort()).toEqual([
      ["2000000001", "1111", 1],
      ["2000000002", "3333", 1],
      ["2000000003", "1111", 1],
    ]);
  });

  it("cuts months at asOf and counts the contract across a month boundary in both months", async () => {
    const groups = await run({
      granularity: "MONTH",
      fromPeriod: "2023-10",
      toPeriod: "2024-04",
      measures: ["LEARNERS"],
    });
    const periods = [...new Set(groups.map((g) => g.period))];
    expect(periods).toEqual(["2023-10", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03"]);
    // March 2024 ends on asOf (15 days): L3 and L4 under contract 15 days each.
    expect(groupsOf(groups, "LEARNERS", "2024-03").find((g) => g.underContract)).toMatchObject({
      count: 2,
      contractDays: 30,
    });
    expect(totals(groupsOf(groups, "LEARNERS", "2023-10").filter((g) => g.underContract)).count).toBe(4);
  });

  it("makes every measure's groups a partition: split by all dimensions, they sum to the whole", async () => {
    await expectPartition(store.db, cefaFigureSources, figureRequest({}));
    await expectPartition(
      store.db,
      cefaFigureSources,
      figureRequest({ granularity: "MONTH", fromPeriod: "2022-09", toPeriod: "2024-03" }),
    );
  });

  it("sends one statement per measure, however many rows the store holds", async () => {
    const request = figureRequest({ groupBy: ["ageYears", "levelCode", "tradeCode"] });
    store.counted.reset();
    await selectNativeFigureGroups(store.counted.db, cefaFigureSources, request);
    const small = store.counted.count();
    expect(small).toBe(request.measures.length);
    // Forty times more pupils, enrolments, contracts and decisions.
    await store.db
      .query(`INSERT INTO cefa.eleve SELECT m.matricule || '-' || k, m.niss || '-' || k, nom, prenom,
      date_naissance, sexe, commune, code_postal, representant_legal FROM cefa.eleve m, generate_series(1, 40) k`);
    await store.db
      .query(`INSERT INTO cefa.contrat SELECT c.id || '-' || k, c.matricule || '-' || k, inscription_id,
      type_contrat, option_code, entreprise_bce, unite_etablissement, entreprise_nom, lieu_commune, lieu_code_postal,
      tuteur_nom, referent_nom, date_signature, date_debut, date_fin_prevue, date_fin_effective, statut, motif_fin,
      retribution_mensuelle, heures_entreprise_annee, heures_ecole_annee, date_encodage
      FROM cefa.contrat c, generate_series(1, 40) k WHERE c.id NOT LIKE '%-%'`);
    store.counted.reset();
    const large = await selectNativeFigureGroups(store.counted.db, cefaFigureSources, request);
    expect(store.counted.count()).toBe(small);
    expect(totals(groupsOf(large, "CONTRACTS_STARTED", "2023-2024")).count).toBe(3 * 41);
  });

  it("answers FigureTable keys through the schema, and refuses an invalid key with BAD_USER_INPUT before any SQL", async () => {
    const key = encodeProviderFigureRequest(figureRequest({ measures: ["LEARNERS"] }));
    store.counted.reset();
    const bad = await queryFigureTable(cefaAdapter, store.counted.db, ['{"asOf":"2024-13-01"}']);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(store.counted.count()).toBe(0);
    // The same key twice in one batch: counted once.
    const good = await queryFigureTable(cefaAdapter, store.counted.db, [key, key]);
    expect(good.errors).toBeUndefined();
    const entities = (good.data as { _entities: { request: string; cefaGroups: { count: number }[] }[] })
      ._entities;
    expect(entities[0].request).toBe(key);
    expect(entities[0].cefaGroups.length).toBeGreaterThan(0);
    expect(entities[1].cefaGroups).toEqual(entities[0].cefaGroups);
    expect(store.counted.count()).toBe(1);
  });

  it("answers null with OFFA_STORE_FAILED naming CEFA when the store fails", async () => {
    const failing: Database = {
      ...store.db,
      query: () => Promise.reject(new Error("connection lost")),
    };
    const key = encodeProviderFigureRequest(figureRequest({ measures: ["LEARNERS"] }));
    const result = await queryFigureTable(cefaAdapter, failing, [key]);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "OFFA_STORE_FAILED", provider: "CEFA" });
    expect((result.data as { _entities: { cefaGroups: unknown }[] })._entities[0].cefaGroups).toBeNull();
  });
});
