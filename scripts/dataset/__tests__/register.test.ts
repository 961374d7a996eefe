import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isValidEnterpriseNumber, isValidEstablishmentUnitNumber } from "../../../subgraphs/kit/identifiers";
import { communes } from "../communes";
import { commonTrades } from "../tradeCatalogue";
import { smallDataset } from "./fixtures";

const { stores, groundTruth } = smallDataset();
const { cefa, ifapme, sfpme, offa } = stores;

const contracts = [
  ...cefa.contrat.map((c) => ({
    provider: "cefa",
    id: c.id,
    enterprise: c.entreprise_bce,
    unit: c.unite_etablissement,
    tutor: c.tuteur_nom,
    alternance: c.type_contrat === "CA",
  })),
  ...ifapme.contrat.map((c) => ({
    provider: "ifapme",
    id: c.numero,
    enterprise: c.employeur_bce,
    unit: c.employeur_ue,
    tutor: c.tuteur,
    alternance: null,
  })),
  ...sfpme.convention.map((c) => ({
    provider: "sfpme",
    id: c.reference,
    enterprise: c.bce,
    unit: c.siege_exploitation,
    tutor: c.tuteur,
    alternance: c.type_convention === "CALT",
  })),
];
const units = new Map(offa.establishment_unit.map((unit) => [unit.number, unit]));
const enterprises = new Map(offa.enterprise.map((enterprise) => [enterprise.number, enterprise]));
const tutors = new Map(offa.tutor.map((tutor) => [tutor.id, tutor]));

describe("the OFFA register the generator writes", () => {
  it("stores every enterprise and unit the contracts name, but the listed unknown units", () => {
    const unknown = contracts.filter((c) => !units.has(c.unit)).map((c) => `${c.provider}:${c.id}`);
    const listed = groundTruth.dataQuality.unitNotInRegister.map((r) => `${r.provider}:${r.contractId}`);
    expect(unknown.sort()).toEqual(listed.sort());
    expect(listed.length).toBeGreaterThan(0);
    // A small share, as in reality (modelling choice 0.3 %, at least one).
    expect(listed.length / contracts.length).toBeLessThan(0.01);
    for (const c of contracts) expect(enterprises.has(c.enterprise)).toBe(true);
    for (const c of contracts.filter((contract) => units.has(contract.unit)))
      expect(units.get(c.unit)!.enterprise_number).toBe(c.enterprise);
  });

  it("lists contrats d'alternance at an unknown unit as missing an agrément too", () => {
    const missing = new Set(
      groundTruth.anomalies.missingAccreditation.map((r) => `${r.provider}:${r.contractId}`),
    );
    for (const ref of groundTruth.dataQuality.unitNotInRegister) {
      const contract = contracts.find((c) => c.provider === ref.provider && c.id === ref.contractId)!;
      if (contract.alternance) expect(missing.has(`${ref.provider}:${ref.contractId}`)).toBe(true);
    }
  });

  it("keeps valid numbers, and each unit's province and region from its commune", () => {
    for (const enterprise of offa.enterprise) expect(isValidEnterpriseNumber(enterprise.number)).toBe(true);
    for (const unit of offa.establishment_unit) {
      expect(isValidEstablishmentUnitNumber(unit.number)).toBe(true);
      const commune = communes.find((c) => c.name === unit.commune && c.postcode === unit.postcode)!;
      expect(commune).toBeDefined();
      expect([unit.province, unit.region]).toEqual([commune.province, commune.region]);
    }
  });

  it("stores self-employed enterprises without staff, each with one unit and one tutor", () => {
    const selfEmployed = offa.enterprise.filter((e) => e.self_employed_without_staff);
    expect(selfEmployed.length).toBeGreaterThan(0);
    for (const enterprise of selfEmployed) {
      expect(offa.establishment_unit.filter((u) => u.enterprise_number === enterprise.number)).toHaveLength(
        1,
      );
      expect(offa.tutor.filter((t) => t.enterprise_number === enterprise.number)).toHaveLength(1);
      expect(enterprise.legal_form).toBe("PERSONNE_PHYSIQUE");
    }
  });

  it("has tutors qualified by one ground, agréé exactly with 8 h of training or the competence title", () => {
    for (const tutor of offa.tutor)
      expect(tutor.accredited).toBe(tutor.training_hours >= 8 || tutor.qualification === "VDC_TUTEUR");
    const qualifications = new Set(offa.tutor.map((t) => t.qualification));
    expect(qualifications).toEqual(
      new Set(["EXPERIENCE_5Y", "CHEF_ENTREPRISE_2Y", "PEDAGOGICAL_TITLE", "VDC_TUTEUR"]),
    );
    const share = offa.tutor.filter((t) => t.accredited).length / offa.tutor.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.8);
  });

  it("links tutors to units of their own enterprise, some to several, and every contract to its named tutor", () => {
    for (const link of offa.tutor_unit) {
      expect(tutors.get(link.tutor_id)!.enterprise_number).toBe(link.enterprise_number);
      expect(units.get(link.establishment_unit_number)!.enterprise_number).toBe(link.enterprise_number);
    }
    const unitsPerTutor = new Map<string, number>();
    for (const link of offa.tutor_unit)
      unitsPerTutor.set(link.tutor_id, (unitsPerTutor.get(link.tutor_id) ?? 0) + 1);
    expect([...unitsPerTutor.values()].some((n) => n > 1)).toBe(true);
    const links = new Map(
      offa.contract_tutor.map((l) => [`${l.provider}:${l.provider_contract_id}`, l.tutor_id]),
    );
    expect(links.size).toBe(contracts.length);
    for (const c of contracts) {
      const tutor = tutors.get(links.get(`${c.provider}:${c.id}`)!)!;
      // The provider keeps the name as it recorded it; OFFA's tutor is that person, of the same enterprise.
      expect(tutor.full_name).toBe(c.tutor);
      expect(tutor.enterprise_number).toBe(c.enterprise);
    }
  });

  it("has units accredited for several trades and accredited units that train no learner", () => {
    const trades = new Map<string, Set<string>>();
    for (const a of offa.accreditation)
      trades.set(
        a.establishment_unit_number,
        (trades.get(a.establishment_unit_number) ?? new Set()).add(a.trade_code),
      );
    expect([...trades.values()].filter((set) => set.size > 1).length).toBeGreaterThan(0);
    const withContracts = new Set(contracts.map((c) => c.unit));
    const idle = offa.accreditation.filter(
      (a) => a.status === "ACTIVE" && !withContracts.has(a.establishment_unit_number),
    );
    expect(idle.length).toBeGreaterThan(0);
    for (const a of offa.accreditation) expect(units.has(a.establishment_unit_number)).toBe(true);
  });

  it("names each unit's sector by a trade family of offa.common_trade", () => {
    const dir = join(__dirname, "../../../subgraphs/offa/migrations");
    const sql = readdirSync(dir)
      .map((file) => readFileSync(join(dir, file), "utf8"))
      .join("\n");
    const families = new Map(
      [...sql.matchAll(/\('([A-Z_]+)', '(?:[^']|'')*', '([A-Z_]+)'\)/g)].map((m) => [m[1], m[2]]),
    );
    for (const trade of commonTrades)
      expect([trade.code, families.get(trade.code)]).toEqual([trade.code, trade.family]);
    for (const unit of offa.establishment_unit)
      expect(new Set(families.values()).has(unit.sector)).toBe(true);
  });
});
