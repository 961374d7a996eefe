import { schoolYearLabel } from "./calendar";
import { contractTypeCode, endOf, ifapmeCodes, nativeEndReason, nativeStatusPeriods } from "./codes";
import { ageAt, isoDate } from "./dates";
import { IdSequence, UniqueIds } from "./ids";
import type { ContractPlan, Stint } from "./model";
import type { Person } from "./people";
import type { Random } from "./random";
import type { IfapmeApprenantRow, IfapmeContratRow, IfapmeTables } from "./rows";
import type { Sites } from "./sites";
import { ifapmeMetiers } from "./tradeCatalogue";

/**
 * Writes the IFAPME store: 22 sites, trades (métiers), learners (apprenant, numero IF + 7 digits), one
 * inscription per training year, contracts (numero IFC + 8 digits), level evaluations and titles. `efpStints`
 * are efp learners whose trade efp does not teach: they follow courses at an IFAPME site, so IFAPME records
 * them too, with operateur_contrat 'SFPME' and no contract (the contract stays at efp, domain.md §1).
 */
export function buildIfapme(
  random: Random,
  stints: readonly Stint[],
  efpStints: readonly Stint[],
  sites: Sites,
): { tables: IfapmeTables; learnerIds: Map<Person, string> } {
  const tables: IfapmeTables = {
    site: sites.ifapmeSites.map((site) => ({
      id: site.id,
      nom: site.name,
      commune: site.communeLabel,
      code_postal: site.commune.postcode,
    })),
    metier: ifapmeMetiers.map((metier) => ({
      code: metier.code,
      libelle: metier.title,
      secteur: metier.sector,
    })),
    apprenant: [],
    inscription: [],
    contrat: [],
    evaluation_niveau: [],
    remuneration: [],
    etat_periode: [],
    titre_delivre: [],
  };
  const numbers = new UniqueIds(random);
  const learnerIds = new Map<Person, string>();
  const ids = {
    inscription: new IdSequence("II", 8),
    evaluation: new IdSequence("IE", 8),
    titre: new IdSequence("IT", 8),
    remuneration: new IdSequence("IR", 8),
    etat: new IdSequence("IS", 8),
  };

  // Stint ids follow creation, which is chronological per person: the first IFAPME stint makes the record.
  const all = [...stints, ...efpStints].sort((a, b) => a.id - b.id);
  for (const stint of all) {
    const person = stint.person;
    // An efp stint here is a formation whose courses run at IFAPME, recorded in IFAPME's own métier.
    const metier = stint.trade.ifapme ?? stint.trade.coursesAtIfapme;
    if (!metier) throw new Error(`IFAPME has no métier for ${stint.trade.common}`);
    let numero = learnerIds.get(person);
    if (!numero) {
      numero = numbers.take((r) => `IF${r.digits(7)}`);
      learnerIds.set(person, numero);
      const row: IfapmeApprenantRow = {
        numero,
        registre_national: person.niss,
        nom: person.lastName,
        prenom: person.firstName,
        naissance: person.birthDate,
        genre: person.sex === "M" ? "H" : "F",
        localite: stint.commune.name,
        code_postal: stint.commune.postcode,
        // A learner enrolled as a minor has a legal representative on file (domain.md §1).
        representant_legal:
          ageAt(person.birthDate, stint.years[0].enrolledOn) < 18 && !person.legalRepresentativeUnrecorded
            ? person.legalRepresentative
            : null,
      };
      tables.apprenant.push(row);
    }
    const fromEfp = stint.provider === "sfpme";
    for (const year of stint.years) {
      tables.inscription.push({
        id: ids.inscription.take(),
        apprenant_numero: numero,
        site_id: stint.site,
        metier_code: metier.code,
        filiere: stint.track.endsWith("APPRENTICESHIP") ? "APPRENTISSAGE" : "CHEF_ENTREPRISE",
        annee_formation: year.trainingYear,
        session: schoolYearLabel(year.startYear),
        date_inscription: year.enrolledOn,
        abandon_le: year.droppedOutOn,
        operateur_contrat: fromEfp ? "SFPME" : "IFAPME",
      });
    }
    if (fromEfp) continue;
    for (const contract of stint.contracts) {
      contract.id = numbers.take((r) => `IFC${r.digits(8)}`);
      tables.contrat.push(contractRow(random, contract, numero, metier.code));
      for (const period of contract.payPeriods) {
        tables.remuneration.push({
          id: ids.remuneration.take(),
          contrat_numero: contract.id,
          montant: period.amount,
          depuis: period.from,
        });
      }
      for (const period of nativeStatusPeriods(ifapmeCodes, contract)) {
        tables.etat_periode.push({
          id: ids.etat.take(),
          contrat_numero: contract.id,
          etat_code: period.code,
          debut: period.from,
          fin: period.to,
        });
      }
      for (const level of contract.levels) {
        tables.evaluation_niveau.push({
          id: ids.evaluation.take(),
          contrat_numero: contract.id,
          niveau_code: ifapmeCodes.level[level.level],
          evalue_le: level.on,
          referent: contract.referent,
        });
      }
    }
    if (stint.completed) {
      const lastYear = stint.years[stint.years.length - 1].startYear;
      tables.titre_delivre.push({
        id: ids.titre.take(),
        apprenant_numero: numero,
        titre_code: stint.track === "IFAPME_APPRENTICESHIP" ? "CAP" : "DCE",
        metier_code: metier.code,
        delivre_le: isoDate(lastYear + 1, 6, random.int(15, 30)),
      });
    }
  }
  return { tables, learnerIds };
}

function contractRow(
  random: Random,
  contract: ContractPlan,
  numero: string,
  metierCode: string,
): IfapmeContratRow {
  const { endedOn } = endOf(contract);
  return {
    numero: contract.id,
    apprenant_numero: numero,
    type_code: contractTypeCode(ifapmeCodes, contract),
    metier_code: metierCode,
    employeur_bce: contract.unit.company.enterpriseNumber,
    employeur_ue: contract.unit.number,
    employeur_denomination: contract.unit.company.name,
    lieu_localite: contract.unit.commune.name,
    lieu_code_postal: contract.unit.commune.postcode,
    tuteur: contract.tutor,
    referent: contract.referent,
    signe_le: contract.signedOn,
    debut: contract.start,
    fin_prevue: contract.plannedEnd,
    fin_reelle: endedOn,
    etat_code: ifapmeCodes.state[contract.state],
    raison_fin_code: nativeEndReason(ifapmeCodes, contract, random),
    heures_entreprise: contract.hoursCompany,
    heures_centre: contract.hoursCentre,
    remuneration_mensuelle: contract.monthlyPay,
    encode_le: contract.recordedOn,
  };
}
