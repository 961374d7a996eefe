import { tradeCatalogue } from "../tradeCatalogue";
import { codeLists, smallDataset } from "./fixtures";

const { stores } = smallDataset();
const { cefa, ifapme, sfpme, offa } = stores;

/** Expects every value to be in the set, naming the first stray one. */
function expectAllIn(values: readonly (string | null)[], allowed: ReadonlySet<string>, what: string): void {
  const stray = values.find((value) => value !== null && !allowed.has(value));
  expect(stray === undefined ? what : `${what}: ${stray}`).toBe(what);
}
const keys = <T>(rows: readonly T[], key: (row: T) => string) => new Set(rows.map(key));

describe("foreign keys", () => {
  it("hold in the CEFA store", () => {
    const eleves = keys(cefa.eleve, (r) => r.matricule);
    const inscriptions = keys(cefa.inscription, (r) => r.id);
    const contrats = keys(cefa.contrat, (r) => r.id);
    expectAllIn(
      cefa.inscription.map((r) => r.matricule),
      eleves,
      "inscription.matricule",
    );
    expectAllIn(
      cefa.inscription.map((r) => r.centre_code),
      keys(cefa.centre, (r) => r.code),
      "inscription.centre_code",
    );
    expectAllIn(
      cefa.contrat.map((r) => r.matricule),
      eleves,
      "contrat.matricule",
    );
    expectAllIn(
      cefa.contrat.map((r) => r.inscription_id),
      inscriptions,
      "contrat.inscription_id",
    );
    expectAllIn(
      cefa.decision_palier.map((r) => r.contrat_id),
      contrats,
      "decision_palier.contrat_id",
    );
    expectAllIn(
      cefa.certification.map((r) => r.matricule),
      eleves,
      "certification.matricule",
    );
    const options = keys(cefa.option_etude, (r) => r.code);
    for (const rows of [cefa.inscription, cefa.contrat, cefa.certification]) {
      expectAllIn(
        rows.map((r) => r.option_code),
        options,
        "option_code",
      );
    }
  });

  it("hold in the IFAPME store", () => {
    const apprenants = keys(ifapme.apprenant, (r) => r.numero);
    const metiers = keys(ifapme.metier, (r) => r.code);
    expectAllIn(
      ifapme.inscription.map((r) => r.apprenant_numero),
      apprenants,
      "inscription.apprenant_numero",
    );
    expectAllIn(
      ifapme.inscription.map((r) => r.site_id),
      keys(ifapme.site, (r) => r.id),
      "inscription.site_id",
    );
    expectAllIn(
      ifapme.contrat.map((r) => r.apprenant_numero),
      apprenants,
      "contrat.apprenant_numero",
    );
    expectAllIn(
      ifapme.evaluation_niveau.map((r) => r.contrat_numero),
      keys(ifapme.contrat, (r) => r.numero),
      "evaluation",
    );
    expectAllIn(
      ifapme.titre_delivre.map((r) => r.apprenant_numero),
      apprenants,
      "titre_delivre.apprenant_numero",
    );
    for (const rows of [ifapme.inscription, ifapme.contrat, ifapme.titre_delivre]) {
      expectAllIn(
        rows.map((r) => r.metier_code),
        metiers,
        "metier_code",
      );
    }
  });

  it("hold in the SFPME store, courses running at efp or at an IFAPME site", () => {
    const dossiers = keys(sfpme.apprenant, (r) => r.dossier);
    const formations = keys(sfpme.formation, (r) => r.code);
    expectAllIn(
      sfpme.inscription.map((r) => r.dossier),
      dossiers,
      "inscription.dossier",
    );
    expectAllIn(
      sfpme.convention.map((r) => r.dossier),
      dossiers,
      "convention.dossier",
    );
    expectAllIn(
      sfpme.palier_allocation.map((r) => r.convention_reference),
      keys(sfpme.convention, (r) => r.reference),
      "palier",
    );
    expectAllIn(
      sfpme.diplome.map((r) => r.dossier),
      dossiers,
      "diplome.dossier",
    );
    for (const rows of [sfpme.inscription, sfpme.convention, sfpme.diplome]) {
      expectAllIn(
        rows.map((r) => r.formation_code),
        formations,
        "formation_code",
      );
    }
    const places = new Set(["EFP-UCCLE", ...ifapme.site.map((r) => r.id)]);
    expectAllIn(
      sfpme.inscription.map((r) => r.lieu_cours),
      places,
      "lieu_cours",
    );
  });

  it("hold in the OFFA store", () => {
    expectAllIn(
      offa.learner_link.map((r) => r.learner_id),
      keys(offa.learner, (r) => r.id),
      "learner_link.learner_id",
    );
    expectAllIn(
      offa.accreditation.map((r) => r.trade_code),
      codeLists("offa").get("TRADE") as Set<string>,
      "trade_code",
    );
  });

  it("give unique primary keys", () => {
    const unique = (rows: readonly object[], key: (row: never) => string) =>
      expect(new Set(rows.map(key as (row: object) => string)).size).toBe(rows.length);
    for (const [store, tables] of Object.entries(stores)) {
      for (const [table, rows] of Object.entries(tables as Record<string, Record<string, unknown>[]>)) {
        const pk =
          store === "offa" && table === "learner_link"
            ? (r: Record<string, unknown>) => `${r.provider}:${r.provider_learner_id}`
            : store === "offa" && table === "contract_tutor"
              ? (r: Record<string, unknown>) => `${r.provider}:${r.provider_contract_id}`
              : store === "offa" && table === "tutor_unit"
                ? (r: Record<string, unknown>) => `${r.tutor_id}:${r.establishment_unit_number}`
                : store === "offa" && table === "learner_pseudonym"
                  ? (r: Record<string, unknown>) => `${r.domain}:${r.key_id}:${r.pseudonym}`
                  : (r: Record<string, unknown>) =>
                      String(
                        r.id ?? r.reference ?? r.code ?? r.matricule ?? r.numero ?? r.dossier ?? r.number,
                      );
        unique(rows, pk as (row: never) => string);
      }
    }
  });
});

describe("codes", () => {
  const cefaCodes = codeLists("cefa");
  const ifapmeCodes = codeLists("ifapme");
  const sfpmeCodes = codeLists("sfpme");
  const list = (lists: Map<string, Set<string>>, category: string) => lists.get(category) as Set<string>;

  it("come from the CEFA nomenclature", () => {
    expectAllIn(
      cefa.contrat.map((r) => r.type_contrat),
      list(cefaCodes, "TYPE_CONTRAT"),
      "type_contrat",
    );
    expectAllIn(
      cefa.contrat.map((r) => r.statut),
      list(cefaCodes, "STATUT_CONTRAT"),
      "statut",
    );
    expectAllIn(
      cefa.contrat.map((r) => r.motif_fin),
      list(cefaCodes, "MOTIF_FIN"),
      "motif_fin",
    );
    expectAllIn(
      cefa.decision_palier.map((r) => r.palier),
      list(cefaCodes, "PALIER"),
      "palier",
    );
    expectAllIn(
      cefa.certification.map((r) => r.code),
      list(cefaCodes, "CERTIFICAT"),
      "certificat",
    );
  });

  it("come from the IFAPME référentiel", () => {
    expectAllIn(
      ifapme.contrat.map((r) => r.type_code),
      list(ifapmeCodes, "TYPE_CONTRAT"),
      "type_code",
    );
    expectAllIn(
      ifapme.contrat.map((r) => r.etat_code),
      list(ifapmeCodes, "ETAT_CONTRAT"),
      "etat_code",
    );
    expectAllIn(
      ifapme.contrat.map((r) => r.raison_fin_code),
      list(ifapmeCodes, "RAISON_FIN"),
      "raison_fin_code",
    );
    expectAllIn(
      ifapme.evaluation_niveau.map((r) => r.niveau_code),
      list(ifapmeCodes, "NIVEAU"),
      "niveau_code",
    );
    expectAllIn(
      ifapme.titre_delivre.map((r) => r.titre_code),
      list(ifapmeCodes, "TITRE"),
      "titre_code",
    );
  });

  it("come from the efp codification", () => {
    expectAllIn(
      sfpme.convention.map((r) => r.type_convention),
      list(sfpmeCodes, "CONVENTION"),
      "type_convention",
    );
    expectAllIn(
      sfpme.convention.map((r) => r.statut),
      list(sfpmeCodes, "STATUT"),
      "statut",
    );
    expectAllIn(
      sfpme.convention.map((r) => r.motif_fin),
      list(sfpmeCodes, "FIN"),
      "motif_fin",
    );
    expectAllIn(
      sfpme.palier_allocation.map((r) => r.annee_code),
      list(sfpmeCodes, "ANNEE"),
      "annee_code",
    );
    expectAllIn(
      sfpme.diplome.map((r) => r.code),
      list(sfpmeCodes, "DIPLOME"),
      "diplome",
    );
  });

  it("use every provider's catalogue trades only", () => {
    expect(cefa.option_etude.map((r) => r.code).sort()).toEqual(
      tradeCatalogue.flatMap((t) => t.cefa.map((o) => o.code)).sort(),
    );
    expect(ifapme.metier).toHaveLength(tradeCatalogue.filter((t) => t.ifapme).length);
    expect(sfpme.formation).toHaveLength(tradeCatalogue.filter((t) => t.sfpme).length);
    expect(ifapme.site).toHaveLength(22);
  });

  it("keep CEFA degree, year, article and certificates consistent (domain.md §6)", () => {
    for (const row of cefa.inscription) {
      expect(row.degre).toBe(row.annee_etude <= 4 ? 2 : 3);
      expect(row.article).toBe(cefa.option_etude.find((o) => o.code === row.option_code)?.article);
    }
    const article = new Map(cefa.option_etude.map((o) => [o.code, o.article]));
    for (const row of cefa.certification) {
      const allowed =
        article.get(row.option_code) === "45" ? ["CQS", "ACP"] : ["CQ6", "CQ7", "CE6P", "CESS", "ACP"];
      expect(allowed).toContain(row.code);
    }
  });

  it("record efp learners taught at IFAPME in IFAPME too, under operateur_contrat SFPME", () => {
    const taughtElsewhere = sfpme.inscription.filter((r) => r.lieu_cours !== "EFP-UCCLE");
    const shadows = ifapme.inscription.filter((r) => r.operateur_contrat === "SFPME");
    expect(taughtElsewhere.length).toBeGreaterThan(0);
    expect(shadows).toHaveLength(taughtElsewhere.length);
    const notTaught = new Set(sfpme.formation.filter((f) => !f.enseignee_efp).map((f) => f.code));
    for (const row of taughtElsewhere) expect(notTaught.has(row.formation_code)).toBe(true);
  });
});
