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
import { sfpmeAdapter } from "../../sfpmeAdapter";
import { sfpmeFigureSources } from "../sfpmeFigureSources";

async function learner(db: Database, n: number, birthDate: string): Promise<string> {
  const dossier = `EFP-2020-${String(n).padStart(5, "0")}`;
  await db.query(
    `INSERT INTO sfpme.apprenant (dossier, numero_national, nom, prenom, date_naissance, sexe, commune, code_postal)
     VALUES ($1, $2, 'Nom', 'Prénom', $3, 'M', 'Uccle', '1180')`,
    [dossier, String(n).padStart(11, "0"), birthDate],
  );
  return dossier;
}

async function enrolment(
  db: Database,
  id: string,
  dossier: string,
  e: { year: string; on: string; training: string; place: string },
) {
  await db.query(
    `INSERT INTO sfpme.inscription (id, dossier, formation_code, programme, annee_formation, annee_academique,
       lieu_cours, date_inscription) VALUES ($1, $2, $3, 'APPRENTISSAGE', 1, $4, $5, $6)`,
    [id, dossier, e.training, e.year, e.place, e.on],
  );
}

async function convention(
  db: Database,
  reference: string,
  dossier: string,
  c: {
    start: string;
    plannedEnd: string;
    broken?: string;
    status: string;
    reason?: string;
    entered?: string;
    unit: string;
  },
) {
  await db.query(
    `INSERT INTO sfpme.convention (reference, dossier, type_convention, formation_code, bce, siege_exploitation,
       raison_sociale, commune_siege, code_postal_siege, tuteur, delegue_tutelle, date_signature, date_debut,
       date_fin, date_rupture, statut, motif_fin, heures_entreprise_hebdo, heures_cours_hebdo, allocation_mensuelle,
       date_saisie)
     VALUES ($1, $2, 'CALT', 'F2', '0400000001', $3, 'Entreprise', 'Uccle', '1180', 'Tuteur', 'Délégué', $4, $4,
       $5, $6, $7, $8, 30, 8, 400, $9)`,
    [
      reference,
      dossier,
      c.unit,
      c.start,
      c.plannedEnd,
      c.broken ?? null,
      c.status,
      c.reason ?? null,
      c.entered ?? c.start,
    ],
  );
}

/**
 * Hand-counted fixture, asOf 2024-03-15:
 * - E1 enrolled 2023-2024 at efp (Uccle) without a convention;
 * - E2 enrolled 2023-2024 at an IFAPME site (no postcode in efp's store); convention CV1 2023-07-01..2023-11-30
 *   ran to term (TERMINEE, ECHEANCE: efp keeps date_fin), across the academic-year boundary; allowance steps AF1
 *   on 2023-07-01, AF2 on 2023-08-01 (a level change);
 * - E3 convention CV2 from 2023-09-01 broken on 2024-01-15 without a reason;
 * - E4 convention CV4 from 2023-11-01 broken on 2024-04-10 (after asOf: still running), and CV5 entered
 *   2024-05-01 (after asOf: ignored).
 */
async function seedFixture(db: Database): Promise<void> {
  const e1 = await learner(db, 1, "2007-01-01");
  await enrolment(db, "I1", e1, { year: "2023-2024", on: "2023-09-01", training: "F1", place: "EFP-UCCLE" });
  const e2 = await learner(db, 2, "2006-06-30");
  await enrolment(db, "I2", e2, { year: "2023-2024", on: "2023-09-01", training: "F2", place: "IF-S05" });
  await convention(db, "CONV/2023/00001", e2, {
    start: "2023-07-01",
    plannedEnd: "2023-11-30",
    status: "TERMINEE",
    reason: "ECHEANCE",
    unit: "2000000001",
  });
  await db.query(`INSERT INTO sfpme.palier_allocation VALUES ('P1', 'CONV/2023/00001', 'AF1', '2023-07-01'),
    ('P2', 'CONV/2023/00001', 'AF2', '2023-08-01')`);
  const e3 = await learner(db, 3, "2005-03-01");
  await convention(db, "CONV/2023/00002", e3, {
    start: "2023-09-01",
    plannedEnd: "2025-06-30",
    broken: "2024-01-15",
    status: "TERMINEE",
    unit: "2000000002",
  });
  const e4 = await learner(db, 4, "2005-03-01");
  await convention(db, "CONV/2023/00004", e4, {
    start: "2023-11-01",
    plannedEnd: "2025-06-30",
    broken: "2024-04-10",
    status: "TERMINEE",
    reason: "ACCORD",
    unit: "2000000002",
  });
  await convention(db, "CONV/2024/00005", e4, {
    start: "2024-01-10",
    plannedEnd: "2025-06-30",
    status: "ACTIVE",
    entered: "2024-05-01",
    unit: "2000000003",
  });
}

describe("efp (SFPME) figures (FigureTable.sfpmeGroups) on PostgreSQL", () => {
  let store: FigureStore;

  beforeAll(async () => {
    store = await openFigureStore("sfpme", join(__dirname, "../.."));
    await seedFixture(store.db);
  });

  afterAll(async () => {
    await store?.drop();
  });

  const run = (overrides: Parameters<typeof figureRequest>[0]) =>
    selectNativeFigureGroups(store.db, sfpmeFigureSources, figureRequest(overrides));

  it("counts each active learner once per academic year, with the flags and days under contract", async () => {
    const groups = await run({ measures: ["LEARNERS"] });
    const rows = (period: string) =>
      groupsOf(groups, "LEARNERS", period).map((g) => [g.enrolled, g.underContract, g.count, g.contractDays]);
    expect(rows("2022-2023")).toEqual([[false, true, 1, 62]]);
    expect(rows("2023-2024")).toEqual([
      [false, true, 2, 137 + 136],
      [true, false, 1, 0],
      [true, true, 1, 91],
    ]);
  });

  it("ends a convention at its break, or at its planned end once TERMINEE, never after asOf", async () => {
    const groups = await run({ measures: ["CONTRACTS_ENDED", "CONTRACTS_STARTED"] });
    expect(
      groupsOf(groups, "CONTRACTS_ENDED", "2023-2024").map((g) => [g.endReasonCode, g.count, g.contractDays]),
    ).toEqual([
      ["ECHEANCE", 1, 153],
      [null, 1, 137],
    ]);
    expect(totals(groupsOf(groups, "CONTRACTS_STARTED", "2022-2023")).count).toBe(1);
    expect(totals(groupsOf(groups, "CONTRACTS_STARTED", "2023-2024")).count).toBe(2);
  });

  it("reads allowance steps as level decisions and the step in force as the learner's level", async () => {
    const groups = await run({ measures: ["LEARNERS", "LEVEL_DECISIONS"], groupBy: ["levelCode"] });
    expect(
      groupsOf(groups, "LEVEL_DECISIONS", "2022-2023").map((g) => [
        g.levelCode,
        g.previousLevelCode,
        g.withinYear,
      ]),
    ).toEqual([
      ["AF1", null, null],
      ["AF2", "AF1", true],
    ]);
    expect(
      groupsOf(groups, "LEARNERS", "2023-2024").find((g) => g.enrolled && g.underContract),
    ).toMatchObject({ levelCode: "AF2" });
  });

  it("gives efp's own site its postcode and leaves an IFAPME site's unknown", async () => {
    const groups = await run({ measures: ["PROGRAMMES"], groupBy: ["tradeCode"] });
    expect(
      groupsOf(groups, "PROGRAMMES", "2023-2024").map((g) => [g.tradeCode, g.sitePostcode, g.count]),
    ).toEqual([
      ["F1", "1180", 1],
      ["F2", null, 1],
    ]);
  });

  it("makes every measure's groups a partition", async () => {
    await expectPartition(store.db, sfpmeFigureSources, figureRequest({}));
    await expectPartition(
      store.db,
      sfpmeFigureSources,
      figureRequest({ granularity: "MONTH", fromPeriod: "2023-06", toPeriod: "2024-03" }),
    );
  });

  it("sends one statement per measure whatever the number of rows", async () => {
    const request = figureRequest({ groupBy: ["ageYears", "unitNumber"] });
    store.counted.reset();
    await selectNativeFigureGroups(store.counted.db, sfpmeFigureSources, request);
    const small = store.counted.count();
    await store.db
      .query(`INSERT INTO sfpme.apprenant SELECT dossier || '-' || k, numero_national || '-' || k, nom,
      prenom, date_naissance, sexe, commune, code_postal, representant_legal FROM sfpme.apprenant, generate_series(1, 30) k`);
    store.counted.reset();
    await selectNativeFigureGroups(store.counted.db, sfpmeFigureSources, request);
    expect(store.counted.count()).toBe(small);
    expect(small).toBe(request.measures.length);
  });

  it("serves FigureTable.sfpmeGroups, BAD_USER_INPUT for a bad key, OFFA_STORE_FAILED naming efp", async () => {
    const key = encodeProviderFigureRequest(figureRequest({ measures: ["PROGRAMMES"] }));
    const good = await queryFigureTable(sfpmeAdapter, store.db, [key]);
    expect(good.errors).toBeUndefined();
    store.counted.reset();
    const bad = await queryFigureTable(sfpmeAdapter, store.counted.db, [
      key.replace("2022-2023", "2024-2023"),
    ]);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(store.counted.count()).toBe(0);
    const failing: Database = { ...store.db, query: () => Promise.reject(new Error("cut")) };
    const failed = await queryFigureTable(sfpmeAdapter, failing, [key]);
    expect(failed.errors?.[0]?.extensions).toMatchObject({
      code: "OFFA_STORE_FAILED",
      provider: "efp (SFPME)",
    });
  });
});
