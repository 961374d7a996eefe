import { TODAY } from "../calendar";
import { cefaCodes, ifapmeCodes, type ProviderCodes, sfpmeCodes } from "../codes";
import { addYears, daysBetween } from "../dates";
import type { ContractState, EndReason, Provider } from "../model";
import { knownRmmmg, type Level, minimumRetribution } from "../rmmmg";
import { tradeCatalogue } from "../tradeCatalogue";
import { smallDataset } from "./fixtures";

const { stores, groundTruth } = smallDataset();
const { cefa, ifapme, sfpme, offa } = stores;

/** A contract of any provider, read back from its rows into one shape. */
interface Contract {
  provider: Provider;
  id: string;
  learner: string;
  alternance: boolean;
  trade: string;
  unit: string;
  signed: string;
  start: string;
  plannedEnd: string;
  endedOn: string | null;
  state: ContractState;
  /** TERM or AGREMENT_WITHDRAWN as the neutral reason; any other ending keeps its provider code. */
  reason: string | null;
  hoursCompany: number;
  hoursCentre: number;
  pay: number;
  levels: { level: Level; on: string }[];
}

const invert = <K extends string>(map: Record<K, string>) =>
  new Map(Object.entries(map).map(([neutral, code]) => [code as string, neutral as K]));
const tradeOf = new Map<string, string>();
for (const trade of tradeCatalogue) {
  trade.cefa.forEach((option) => tradeOf.set(`cefa:${option.code}`, trade.common));
  if (trade.ifapme) tradeOf.set(`ifapme:${trade.ifapme.code}`, trade.common);
  if (trade.sfpme) tradeOf.set(`sfpme:${trade.sfpme.code}`, trade.common);
}
const levelsBy = (rows: { key: string; code: string; on: string }[], codes: ProviderCodes) => {
  const levels = invert(codes.level);
  const map = new Map<string, { level: Level; on: string }[]>();
  for (const row of rows) {
    map.set(row.key, [...(map.get(row.key) ?? []), { level: levels.get(row.code) as Level, on: row.on }]);
  }
  for (const list of map.values()) list.sort((a, b) => (a.on < b.on ? -1 : 1));
  return map;
};
const cefaLevels = levelsBy(
  cefa.decision_palier.map((r) => ({ key: r.contrat_id, code: r.palier, on: r.date_decision })),
  cefaCodes,
);
const ifapmeLevels = levelsBy(
  ifapme.evaluation_niveau.map((r) => ({ key: r.contrat_numero, code: r.niveau_code, on: r.evalue_le })),
  ifapmeCodes,
);
const sfpmeLevels = levelsBy(
  sfpme.palier_allocation.map((r) => ({ key: r.convention_reference, code: r.annee_code, on: r.effet_au })),
  sfpmeCodes,
);
const state = (codes: ProviderCodes, code: string) => invert(codes.state).get(code) as ContractState;
// The endings the checks below tell apart, in each provider's codes (000001/000002 migrations).
const neutralEndings: Record<string, EndReason> = {
  TERME: "TERM",
  R01: "TERM",
  ECHEANCE: "TERM",
  RETRAIT_AGREMENT: "AGREMENT_WITHDRAWN",
  R07: "AGREMENT_WITHDRAWN",
  AGREMENT: "AGREMENT_WITHDRAWN",
};
const reason = (_codes: ProviderCodes, code: string | null) => (code ? (neutralEndings[code] ?? code) : null);

const contracts: Contract[] = [
  ...cefa.contrat.map((c) => ({
    provider: "cefa" as const,
    id: c.id,
    learner: `cefa:${c.matricule}`,
    alternance: c.type_contrat === "CA",
    trade: tradeOf.get(`cefa:${c.option_code}`) as string,
    unit: c.unite_etablissement,
    signed: c.date_signature,
    start: c.date_debut,
    plannedEnd: c.date_fin_prevue,
    endedOn: c.date_fin_effective,
    state: state(cefaCodes, c.statut),
    reason: reason(cefaCodes, c.motif_fin),
    // CEFA records hours per school year over its 36-week timetable (cefa.ts).
    hoursCompany: c.heures_entreprise_annee / 36,
    hoursCentre: c.heures_ecole_annee / 36,
    pay: c.retribution_mensuelle,
    levels: cefaLevels.get(c.id) ?? [],
  })),
  ...ifapme.contrat.map((c) => ({
    provider: "ifapme" as const,
    id: c.numero,
    learner: `ifapme:${c.apprenant_numero}`,
    alternance: c.type_code === "CAL",
    trade: tradeOf.get(`ifapme:${c.metier_code}`) as string,
    unit: c.employeur_ue,
    signed: c.signe_le,
    start: c.debut,
    plannedEnd: c.fin_prevue,
    endedOn: c.fin_reelle,
    state: state(ifapmeCodes, c.etat_code),
    reason: reason(ifapmeCodes, c.raison_fin_code),
    hoursCompany: c.heures_entreprise,
    hoursCentre: c.heures_centre,
    pay: c.remuneration_mensuelle,
    levels: ifapmeLevels.get(c.numero) ?? [],
  })),
  ...sfpme.convention.map((c) => ({
    provider: "sfpme" as const,
    id: c.reference,
    learner: `sfpme:${c.dossier}`,
    alternance: c.type_convention === "CALT",
    trade: tradeOf.get(`sfpme:${c.formation_code}`) as string,
    unit: c.siege_exploitation,
    signed: c.date_signature,
    start: c.date_debut,
    plannedEnd: c.date_fin,
    endedOn: c.motif_fin ? (c.date_rupture ?? c.date_fin) : null,
    state: state(sfpmeCodes, c.statut),
    reason: reason(sfpmeCodes, c.motif_fin),
    hoursCompany: c.heures_entreprise_hebdo,
    hoursCentre: c.heures_cours_hebdo,
    pay: c.allocation_mensuelle,
    levels: sfpmeLevels.get(c.reference) ?? [],
  })),
];
const alternance = contracts.filter((c) => c.alternance);
const refKey = (ref: { provider: string; contractId: string }) => `${ref.provider}:${ref.contractId}`;
const listed = (list: { provider: string; contractId: string }[]) => new Set(list.map(refKey));
const keyOf = (c: Contract) => `${c.provider}:${c.id}`;

describe("contract dates and states", () => {
  it("are signed before they start, last at most 3 years and end within their term", () => {
    for (const c of contracts) {
      expect(c.signed <= c.start && c.signed <= TODAY).toBe(true);
      expect(c.start < c.plannedEnd).toBe(true);
      expect(c.plannedEnd < addYears(c.start, 3)).toBe(true);
      if (c.endedOn)
        expect(c.endedOn >= c.start && c.endedOn <= c.plannedEnd && c.endedOn <= TODAY).toBe(true);
    }
  });

  it("have a state consistent with TODAY (2026-06-30)", () => {
    for (const c of contracts) {
      expect(c.state === "SIGNED").toBe(c.start > TODAY);
      expect(c.state === "ENDED").toBe(c.endedOn !== null);
      expect(c.reason !== null).toBe(c.endedOn !== null);
      if (c.state !== "ENDED" && c.state !== "SIGNED")
        expect(c.start <= TODAY && TODAY <= c.plannedEnd).toBe(true);
      if (c.state === "TRIAL") expect(daysBetween(c.start, TODAY)).toBeLessThan(30);
    }
    expect(contracts.some((c) => c.state === "SUSPENDED")).toBe(true);
  });

  it("end early in 17-28 % of contrats d'alternance, for the reasons of domain.md §2", () => {
    const early = alternance.filter((c) => c.reason !== null && c.reason !== "TERM").length;
    expect(early / alternance.length).toBeGreaterThan(0.17);
    expect(early / alternance.length).toBeLessThan(0.28);
  });

  it("never overlap for one person, except the deliberate pairs listed in the ground truth", () => {
    const personOf = new Map(
      offa.learner_link.map((l) => [`${l.provider}:${l.provider_learner_id}`, l.learner_id]),
    );
    const byPerson = new Map<string, Contract[]>();
    for (const c of contracts) {
      const person = personOf.get(c.learner) as string;
      byPerson.set(person, [...(byPerson.get(person) ?? []), c]);
    }
    const pairs = new Set(
      groundTruth.anomalies.overlappingContracts.map((p) => `${refKey(p.first)}|${refKey(p.second)}`),
    );
    const found = new Set<string>();
    for (const list of byPerson.values()) {
      list.sort((a, b) => (a.start < b.start ? -1 : 1));
      for (let i = 0; i < list.length; i += 1) {
        for (let j = i + 1; j < list.length; j += 1) {
          if (list[j].start <= (list[i].endedOn ?? list[i].plannedEnd))
            found.add(`${keyOf(list[i])}|${keyOf(list[j])}`);
        }
      }
    }
    expect([...found].sort()).toEqual([...pairs].sort());
    expect(pairs.size).toBeGreaterThanOrEqual(1);
  });
});

describe("levels", () => {
  it("exist for contrats d'alternance only, start at the contract start and never go down", () => {
    const missing = new Set(
      groundTruth.dataQuality.levelDecisionMissing.map((r) => `${r.provider}:${r.contractId}`),
    );
    for (const c of contracts) {
      if (!c.alternance || c.start > TODAY || missing.has(`${c.provider}:${c.id}`)) {
        expect(c.levels).toEqual([]);
        continue;
      }
      expect(c.levels[0].on).toBe(c.start);
      for (let i = 1; i < c.levels.length; i += 1)
        expect(c.levels[i].level > c.levels[i - 1].level).toBe(true);
      for (const level of c.levels) expect(level.on <= (c.endedOn ?? TODAY) && level.on <= TODAY).toBe(true);
    }
  });

  it("start at A in at least 90 % of contracts", () => {
    const started = alternance.filter((c) => c.levels.length > 0);
    expect(started.filter((c) => c.levels[0].level === "A").length / started.length).toBeGreaterThanOrEqual(
      0.9,
    );
  });

  it("step up at efp only on 1 August after the first, following the training year of the next enrolment", () => {
    const nextYear = new Map(
      sfpme.inscription.map((r) => [`${r.dossier}:${r.annee_academique}`, r.annee_formation]),
    );
    const dossierOf = new Map(sfpme.convention.map((c) => [c.reference, c.dossier]));
    for (const c of alternance.filter((contract) => contract.provider === "sfpme")) {
      for (const step of c.levels.slice(1)) {
        expect(step.on.slice(5)).toBe("08-01");
        const year = Number(step.on.slice(0, 4));
        const enrolled = nextYear.get(`${dossierOf.get(c.id)}:${year}-${year + 1}`);
        if (enrolled !== undefined) expect(["A", "B", "C"][enrolled - 1]).toBe(step.level);
      }
    }
  });

  it("restart at A after a move to another trade", () => {
    const personOf = new Map(
      offa.learner_link.map((l) => [`${l.provider}:${l.provider_learner_id}`, l.learner_id]),
    );
    for (const person of groundTruth.people) {
      for (const move of person.moves.filter((m) => m.tradeChanged)) {
        const first = alternance
          .filter(
            (c) =>
              c.provider === move.to && personOf.get(c.learner) === person.offaLearnerId && c.levels.length,
          )
          .sort((a, b) => (a.start < b.start ? -1 : 1))[0];
        if (first) expect(first.levels[0].level).toBe("A");
      }
    }
  });
});

describe("hours and pay", () => {
  const hourCases = listed(groundTruth.anomalies.hourViolations);
  const payCases = listed(groundTruth.anomalies.payBelowMinimum);

  it("keep hours within the rules (company ≥ 20 h, total ≤ 38 h) except the listed ~2 %", () => {
    for (const c of alternance) {
      const breaks = c.hoursCompany < 20 || c.hoursCompany + c.hoursCentre > 38;
      expect(breaks).toBe(hourCases.has(keyOf(c)));
    }
    expect(hourCases.size / alternance.length).toBeGreaterThan(0.005);
    expect(hourCases.size / alternance.length).toBeLessThan(0.04);
  });

  // The pay history as the stores keep it, by contract: each amount from its day until the next.
  const payRows = [
    ...stores.cefa.retribution.map((r) => ({
      key: `cefa:${r.contrat_id}`,
      from: r.applicable_du,
      amount: r.montant_mensuel,
    })),
    ...stores.ifapme.remuneration.map((r) => ({
      key: `ifapme:${r.contrat_numero}`,
      from: r.depuis,
      amount: r.montant,
    })),
    ...stores.sfpme.allocation.map((r) => ({
      key: `sfpme:${r.convention_reference}`,
      from: r.effet_au,
      amount: r.montant_mensuel,
    })),
  ];
  const payHistory = new Map<string, { from: string; amount: number }[]>();
  for (const row of payRows) payHistory.set(row.key, [...(payHistory.get(row.key) ?? []), row]);
  const lapses = listed(groundTruth.anomalies.payRaiseLapses.map((l) => l.contract));

  it("keep a pay history that starts with the contract, never goes down, and ends at the pay the contract row holds", () => {
    for (const c of contracts) {
      const history = [...(payHistory.get(keyOf(c)) ?? [])].sort((a, b) => a.from.localeCompare(b.from));
      expect(history[0]?.from).toBe(c.start);
      for (let i = 1; i < history.length; i += 1)
        expect(history[i].amount).toBeGreaterThan(history[i - 1].amount);
      expect(history[history.length - 1].amount).toBe(c.pay);
    }
  });

  // A raise that came late or never breaks the minimum only when the employer paid no more than it.
  it("pay at least 17/24/32 % of the RMMMG for the level in force on every day, except the listed contracts", () => {
    let lapsesBelow = 0;
    for (const c of alternance.filter((contract) => contract.levels.length > 0)) {
      const last = c.endedOn ?? (c.plannedEnd < TODAY ? c.plannedEnd : TODAY);
      const history = [...(payHistory.get(keyOf(c)) ?? [])].sort((a, b) => a.from.localeCompare(b.from));
      const payOn = (day: string) => [...history].reverse().find((p) => p.from <= day)!.amount;
      const levelOn = (day: string) => [...c.levels].reverse().find((l) => l.on <= day)!.level;
      // Pay and minimum change only on these days: checking them checks every day.
      const days = [
        c.start,
        ...c.levels.map((l) => l.on),
        ...history.map((p) => p.from),
        ...knownRmmmg.map((r) => r.validFrom),
      ].filter((day) => day >= c.start && day <= last);
      const below = days.some((day) => payOn(day) < minimumRetribution(levelOn(day), day));
      if (payCases.has(keyOf(c))) expect(below).toBe(true);
      else if (lapses.has(keyOf(c))) lapsesBelow += below ? 1 : 0;
      else expect({ contract: keyOf(c), below }).toEqual({ contract: keyOf(c), below: false });
      if (payCases.has(keyOf(c))) expect(c.pay).toBeLessThan(minimumRetribution(c.levels[0].level, c.start));
    }
    expect(payCases.size / alternance.length).toBeGreaterThan(0.01);
    expect(payCases.size / alternance.length).toBeLessThan(0.05);
    expect(lapses.size / alternance.length).toBeGreaterThan(0.02);
    expect(lapses.size / alternance.length).toBeLessThan(0.4);
    expect(lapsesBelow / lapses.size).toBeGreaterThan(0.3);
  });
});

describe("accreditations", () => {
  const missing = listed(groundTruth.anomalies.missingAccreditation);
  const byPair = new Map<string, (typeof offa.accreditation)[number][]>();
  for (const row of offa.accreditation) {
    const key = `${row.establishment_unit_number}|${row.trade_code}`;
    byPair.set(key, [...(byPair.get(key) ?? []), row]);
  }

  it("exist, decided within 3 months of the request and before the start, for all but the listed contracts", () => {
    for (const c of alternance) {
      const granted = (byPair.get(`${c.unit}|${c.trade}`) ?? []).filter(
        (row) => row.status !== "REFUSED" && row.decided_on <= c.start,
      );
      expect(granted.length === 0).toBe(missing.has(keyOf(c)));
    }
    for (const row of offa.accreditation)
      expect(daysBetween(row.requested_on, row.decided_on)).toBeLessThanOrEqual(92);
    expect(missing.size / alternance.length).toBeGreaterThan(0.002);
    expect(missing.size / alternance.length).toBeLessThan(0.05);
  });

  it("end the contracts running on a withdrawal that day, for that reason", () => {
    const withdrawn = offa.accreditation.filter((row) => row.status === "WITHDRAWN");
    expect(withdrawn.length).toBeGreaterThan(0);
    for (const row of withdrawn) {
      const affected = alternance.filter(
        (c) =>
          c.unit === row.establishment_unit_number &&
          c.trade === row.trade_code &&
          c.reason === "AGREMENT_WITHDRAWN",
      );
      expect(affected.length).toBeGreaterThan(0);
      for (const c of affected) expect(c.endedOn).toBe(row.withdrawn_on);
      expect(
        alternance.some(
          (c) => c.unit === row.establishment_unit_number && c.start > (row.withdrawn_on as string),
        ),
      ).toBe(false);
    }
    expect(groundTruth.anomalies.accreditationWithdrawn.length).toBe(
      alternance.filter((c) => c.reason === "AGREMENT_WITHDRAWN").length,
    );
  });

  it("wait a year after a refusal before a new request for the same unit and trade", () => {
    for (const rows of byPair.values()) {
      const refused = rows.filter((row) => row.status === "REFUSED");
      for (const later of rows.filter((row) => row.status !== "REFUSED")) {
        for (const refusal of refused) {
          if (refusal.decided_on < later.requested_on) {
            expect(daysBetween(refusal.decided_on, later.requested_on)).toBeGreaterThanOrEqual(365);
          }
        }
      }
    }
  });
});

describe("dirty data", () => {
  it("leaves about 1 % of CEFA and IFAPME contrats d'alternance under way without any level decision", () => {
    const missing = new Set(
      groundTruth.dataQuality.levelDecisionMissing.map((r) => `${r.provider}:${r.contractId}`),
    );
    const underWay = contracts.filter((c) => c.alternance && c.start <= TODAY && c.provider !== "sfpme");
    const found = underWay.filter((c) => c.levels.length === 0).map((c) => `${c.provider}:${c.id}`);
    expect(found.sort()).toEqual([...missing].sort());
    expect(found.length / underWay.length).toBeGreaterThan(0.003);
    expect(found.length / underWay.length).toBeLessThan(0.03);
  });

  it("records about 2 % of contracts 45 days or more after they started, never after TODAY", () => {
    const rows = [
      ...stores.cefa.contrat.map((c) => ({ key: `cefa:${c.id}`, start: c.date_debut, on: c.date_encodage })),
      ...stores.ifapme.contrat.map((c) => ({ key: `ifapme:${c.numero}`, start: c.debut, on: c.encode_le })),
      ...stores.sfpme.convention.map((c) => ({
        key: `sfpme:${c.reference}`,
        start: c.date_debut,
        on: c.date_saisie,
      })),
    ];
    const late = rows.filter((r) => daysBetween(r.start, r.on) >= 45).map((r) => r.key);
    expect(late.sort()).toEqual(
      groundTruth.dataQuality.lateEntry.map((r) => `${r.provider}:${r.contractId}`).sort(),
    );
    expect(late.length / rows.length).toBeGreaterThan(0.005);
    expect(late.length / rows.length).toBeLessThan(0.04);
    expect(rows.every((r) => r.on <= TODAY)).toBe(true);
  });

  it("writes pre-2015 arrangements (CISP, contrats d'apprentissage) that ended on 31 August 2015", () => {
    const old = [
      ...stores.cefa.contrat.filter((c) => c.type_contrat === "CISP").map((c) => c.date_fin_prevue),
      ...stores.ifapme.contrat.filter((c) => c.type_code === "CAPP").map((c) => c.fin_prevue),
      ...stores.sfpme.convention.filter((c) => c.type_convention === "CA-CM").map((c) => c.date_fin),
    ];
    expect(old.length).toBeGreaterThan(0);
    expect(new Set(old)).toEqual(new Set(["2015-08-31"]));
  });
});
