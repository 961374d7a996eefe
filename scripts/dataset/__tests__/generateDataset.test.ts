import { createHash } from "node:crypto";
import {
  derivePseudonym,
  developmentPseudonymKeys,
  pseudonymKey,
  type PseudonymKeys,
} from "../../../subgraphs/kit/pseudonyms";
import { type Dataset, generateDataset } from "../generateDataset";
import { countBy } from "./fixtures";

const KEYS = developmentPseudonymKeys();
const digest = (dataset: Dataset) => createHash("sha256").update(JSON.stringify(dataset)).digest("hex");

describe("generateDataset", () => {
  it("gives identical stores and ground truth for the same seed and scale", () => {
    const options = { seed: 11, scale: 0.01, pseudonymKeys: KEYS };
    expect(digest(generateDataset(options))).toBe(digest(generateDataset(options)));
  });

  it("gives different people for another seed", () => {
    const a = generateDataset({ seed: 11, scale: 0.01, pseudonymKeys: KEYS });
    const b = generateDataset({ seed: 12, scale: 0.01, pseudonymKeys: KEYS });
    expect(a.stores.cefa.eleve[0].niss).not.toBe(b.stores.cefa.eleve[0].niss);
    expect(digest(a)).not.toBe(digest(b));
  });

  it("changes only the pseudonyms with other keys, and writes those of a previous key too", () => {
    const rotated: PseudonymKeys = {
      ...KEYS,
      mobility: { current: pseudonymKey("new-mobility-key-".repeat(2)), previous: KEYS.mobility.current },
    };
    const a = generateDataset({ seed: 11, scale: 0.01, pseudonymKeys: KEYS });
    const b = generateDataset({ seed: 11, scale: 0.01, pseudonymKeys: rotated });
    expect(a.stores.cefa).toEqual(b.stores.cefa);
    expect(b.stores.offa.learner).toEqual(a.stores.offa.learner);
    const { learner, learner_pseudonym: pseudonyms } = b.stores.offa;
    // Every learner holding a number at some provider: statistics and audit under one key each, mobility under
    // the new key and the old one (a learner made of a record without a number has none).
    const numberless = new Set([
      ...b.stores.cefa.eleve.filter((row) => row.niss === null).map((row) => `cefa:${row.matricule}`),
      ...b.stores.ifapme.apprenant
        .filter((row) => row.registre_national === null)
        .map((row) => `ifapme:${row.numero}`),
      ...b.stores.sfpme.apprenant
        .filter((row) => row.numero_national === null)
        .map((row) => `sfpme:${row.dossier}`),
    ]);
    const withNumber = new Set(
      b.stores.offa.learner_link
        .filter((link) => !numberless.has(`${link.provider}:${link.provider_learner_id}`))
        .map((link) => link.learner_id),
    );
    expect(pseudonyms).toHaveLength(withNumber.size * 4);
    const mobility = (rows: typeof pseudonyms, keyId: string) =>
      rows.filter((row) => row.domain === "mobility" && row.key_id === keyId).map((row) => row.pseudonym);
    expect(mobility(pseudonyms, KEYS.mobility.current.id)).toEqual(
      mobility(a.stores.offa.learner_pseudonym, KEYS.mobility.current.id),
    );
    expect(mobility(pseudonyms, rotated.mobility.current.id)).toHaveLength(withNumber.size);
    expect(withNumber.size).toBeLessThan(learner.length);
  });

  it("stores each learner's pseudonym of the national number its providers hold, never the number", () => {
    const { cefa, offa } = generateDataset({ seed: 11, scale: 0.01, pseudonymKeys: KEYS }).stores;
    const pupil = cefa.eleve.find((row) => row.niss !== null) as (typeof cefa.eleve)[number] & {
      niss: string;
    };
    const learnerId = offa.learner_link.find(
      (link) => link.provider === "cefa" && link.provider_learner_id === pupil.matricule,
    )?.learner_id;
    const statistics = offa.learner_pseudonym.find(
      (row) => row.learner_id === learnerId && row.domain === "statistics",
    );
    expect(statistics?.pseudonym).toBe(derivePseudonym("statistics", pupil.niss, KEYS.statistics.current));
    expect(JSON.stringify(offa)).not.toContain(pupil.niss);
  });

  it("reports progress up to the total", () => {
    const calls: [number, number][] = [];
    generateDataset({
      seed: 1,
      scale: 0.005,
      pseudonymKeys: KEYS,
      onProgress: (done, total) => calls.push([done, total]),
    });
    const [done, total] = calls[calls.length - 1];
    expect(done).toBe(total);
  });

  it.each([
    [{ seed: 1.5, scale: 0.1 }, /seed/],
    [{ seed: 2 ** 31, scale: 0.1 }, /seed/],
    [{ seed: 1, scale: 0 }, /scale/],
    [{ seed: 1, scale: Number.NaN }, /scale/],
    [{ seed: 1, scale: 11 }, /scale/],
  ])("refuses %o", (options, message) => {
    expect(() => generateDataset({ ...options, pseudonymKeys: KEYS })).toThrow(message);
  });

  it("refuses options without a domain's key", () => {
    const { audit: _audit, ...twoDomains } = KEYS;
    expect(() =>
      generateDataset({ seed: 1, scale: 0.1, pseudonymKeys: twoDomains as unknown as PseudonymKeys }),
    ).toThrow(/pseudonymKeys.audit.current/);
  });
});

describe("volumes at scale 0.1 (domain.md §7 divided by 10)", () => {
  const { stores } = generateDataset({ seed: 42, scale: 0.1, pseudonymKeys: KEYS });
  const years = Array.from({ length: 11 }, (_, i) => `${2015 + i}-${2016 + i}`);
  const expectPerYear = (counts: Map<string, number>, min: number, max: number) => {
    expect([...counts.keys()].sort()).toEqual(years);
    for (const year of years) {
      expect(counts.get(year)).toBeGreaterThanOrEqual(min);
      expect(counts.get(year)).toBeLessThanOrEqual(max);
    }
  };

  it("enrols 800-940 CEFA pupils per school year, about 73 % under a contrat d'alternance", () => {
    expectPerYear(
      countBy(stores.cefa.inscription, (row) => row.annee_scolaire),
      800,
      940,
    );
    const withoutAlternance = shareWithoutContract(
      stores.cefa.inscription.map((r) => ({ learner: r.matricule, year: r.annee_scolaire })),
      stores.cefa.contrat
        .filter((c) => c.type_contrat === "CA")
        .map((c) => ({
          learner: c.matricule,
          from: c.date_debut,
          to: c.date_fin_effective ?? c.date_fin_prevue,
        })),
    );
    expect(1 - withoutAlternance).toBeGreaterThan(0.68);
    expect(1 - withoutAlternance).toBeLessThan(0.78);
  });

  it("enrols 450-510 IFAPME apprentices and 1 150-1 420 chefs d'entreprise per year (IFAPME ~17 000 in all)", () => {
    const own = stores.ifapme.inscription.filter((row) => row.operateur_contrat === "IFAPME");
    expectPerYear(
      countBy(
        own.filter((row) => row.filiere === "APPRENTISSAGE"),
        (row) => row.session,
      ),
      450,
      510,
    );
    expectPerYear(
      countBy(
        own.filter((row) => row.filiere === "CHEF_ENTREPRISE"),
        (row) => row.session,
      ),
      1150,
      1420,
    );
  });

  it("enrols 60-110 efp apprentices and about 400 adults per year", () => {
    const byProgramme = (apprentice: boolean) =>
      countBy(
        stores.sfpme.inscription.filter((row) => (row.programme === "APPRENTISSAGE") === apprentice),
        (row) => row.annee_academique,
      );
    expectPerYear(byProgramme(true), 60, 110);
    expectPerYear(byProgramme(false), 350, 450);
  });

  it("leaves 12-23 % of enrolments without any contract in the school year", () => {
    const cefa = shareWithoutContract(
      stores.cefa.inscription.map((r) => ({ learner: r.matricule, year: r.annee_scolaire })),
      stores.cefa.contrat.map((c) => ({
        learner: c.matricule,
        from: c.date_debut,
        to: c.date_fin_effective ?? c.date_fin_prevue,
      })),
    );
    const ifapme = shareWithoutContract(
      stores.ifapme.inscription
        .filter((r) => r.operateur_contrat === "IFAPME")
        .map((r) => ({ learner: r.apprenant_numero, year: r.session })),
      stores.ifapme.contrat.map((c) => ({
        learner: c.apprenant_numero,
        from: c.debut,
        to: c.fin_reelle ?? c.fin_prevue,
      })),
    );
    const sfpme = shareWithoutContract(
      stores.sfpme.inscription.map((r) => ({ learner: r.dossier, year: r.annee_academique })),
      stores.sfpme.convention.map((c) => ({
        learner: c.dossier,
        from: c.date_debut,
        to: c.date_rupture ?? c.date_fin,
      })),
    );
    for (const share of [cefa, ifapme, sfpme]) {
      expect(share).toBeGreaterThanOrEqual(0.12);
      expect(share).toBeLessThanOrEqual(0.23);
    }
  });
});

// Share of enrolments (learner, school year) with no contract running at any time in that school year.
function shareWithoutContract(
  enrolments: { learner: string; year: string }[],
  contracts: { learner: string; from: string; to: string }[],
): number {
  const byLearner = new Map<string, { from: string; to: string }[]>();
  for (const contract of contracts) {
    byLearner.set(contract.learner, [...(byLearner.get(contract.learner) ?? []), contract]);
  }
  const without = enrolments.filter(({ learner, year }) => {
    const [from, to] = [`${year.slice(0, 4)}-09-01`, `${year.slice(5)}-06-30`];
    return !(byLearner.get(learner) ?? []).some((c) => c.from <= to && c.to >= from);
  }).length;
  return without / enrolments.length;
}
