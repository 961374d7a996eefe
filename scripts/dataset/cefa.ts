import { schoolYearEnd, schoolYearLabel } from "./calendar";
import { cefaCodes, contractTypeCode, endOf, nativeEndReason, nativeStatusPeriods } from "./codes";
import { ageAt, isoDate } from "./dates";
import { UniqueIds, IdSequence } from "./ids";
import type { ContractPlan, Stint } from "./model";
import type { Person } from "./people";
import type { Random } from "./random";
import type { CefaCertificationRow, CefaContratRow, CefaTables } from "./rows";
import type { Sites } from "./sites";
import { cefaOptions } from "./tradeCatalogue";

/**
 * Writes the CEFA store: centres, study options, pupils (élèves, matricule FWB + 8 digits), one inscription
 * per school year, contracts, the referent's palier decisions and certificates (article 45 → CQS; article 49
 * → CQ6/CQ7, CE6P, CESS; any track → ACP; domain.md §6). Returns the tables and each pupil's matricule.
 */
export function buildCefa(
  random: Random,
  stints: readonly Stint[],
  sites: Sites,
): { tables: CefaTables; learnerIds: Map<Person, string> } {
  const tables: CefaTables = {
    centre: sites.cefaCentres.map((centre) => ({
      code: centre.id,
      nom: centre.name,
      ecole_siege: centre.school ?? centre.name,
      commune: centre.commune.name,
      code_postal: centre.commune.postcode,
      region: centre.commune.region,
    })),
    option_etude: cefaOptions.map((option) => ({
      code: option.code,
      intitule: option.title,
      article: option.article,
    })),
    eleve: [],
    inscription: [],
    contrat: [],
    decision_palier: [],
    retribution: [],
    statut_periode: [],
    certification: [],
  };
  const matricules = new UniqueIds(random);
  const learnerIds = new Map<Person, string>();
  const ids = {
    inscription: new IdSequence("CI", 8),
    contrat: new IdSequence("CC", 8),
    decision: new IdSequence("CD", 8),
    certification: new IdSequence("CT", 8),
    retribution: new IdSequence("CR", 8),
    statut: new IdSequence("CS", 8),
  };

  for (const stint of stints) {
    const option = stint.cefaOption;
    if (!option) throw new Error(`CEFA stint ${stint.id} has no study option`);
    const person = stint.person;
    let matricule = learnerIds.get(person);
    if (!matricule) {
      matricule = matricules.take((r) => `FWB${r.digits(8)}`);
      learnerIds.set(person, matricule);
      tables.eleve.push({
        matricule,
        niss: person.niss,
        nom: person.lastName,
        prenom: person.firstName,
        date_naissance: person.birthDate,
        sexe: person.sex,
        commune: stint.commune.name,
        code_postal: stint.commune.postcode,
        // A pupil enrolled as a minor has a legal representative on file (domain.md §1).
        representant_legal:
          ageAt(person.birthDate, stint.years[0].enrolledOn) < 18 && !person.legalRepresentativeUnrecorded
            ? person.legalRepresentative
            : null,
      });
    }
    const inscriptionIds = new Map<number, string>();
    stint.years.forEach((year, index) => {
      const id = ids.inscription.take();
      inscriptionIds.set(year.startYear, id);
      const last = index === stint.years.length - 1 && !stint.continues;
      tables.inscription.push({
        id,
        matricule,
        centre_code: stint.site,
        annee_scolaire: schoolYearLabel(year.startYear),
        article: option.article,
        option_code: option.code,
        degre: year.trainingYear <= 4 ? 2 : 3,
        annee_etude: year.trainingYear,
        date_inscription: year.enrolledOn,
        date_sortie: last ? (year.droppedOutOn ?? schoolYearEnd(year.startYear)) : null,
      });
    });
    for (const contract of stint.contracts) {
      contract.id = ids.contrat.take();
      tables.contrat.push(
        contractRow(random, contract, matricule, option.code, inscriptionFor(contract, inscriptionIds)),
      );
      for (const period of contract.payPeriods) {
        tables.retribution.push({
          id: ids.retribution.take(),
          contrat_id: contract.id,
          montant_mensuel: period.amount,
          applicable_du: period.from,
        });
      }
      for (const period of nativeStatusPeriods(cefaCodes, contract)) {
        tables.statut_periode.push({
          id: ids.statut.take(),
          contrat_id: contract.id,
          statut: period.code,
          du: period.from,
          au: period.to,
        });
      }
      for (const decision of contract.levels) {
        tables.decision_palier.push({
          id: ids.decision.take(),
          contrat_id: contract.id,
          palier: cefaCodes.level[decision.level],
          date_decision: decision.on,
          // Usually the contract's referent; sometimes a colleague of the centre decides.
          referent_nom: random.chance(0.85)
            ? contract.referent
            : random.pick(sites.site(stint.site).referents),
        });
      }
    }
    for (const code of certificates(random, stint)) {
      const lastYear = stint.years[stint.years.length - 1].startYear;
      const row: CefaCertificationRow = {
        id: ids.certification.take(),
        matricule,
        code,
        option_code: option.code,
        annee_scolaire: schoolYearLabel(lastYear),
        date_delivrance: isoDate(lastYear + 1, 6, random.int(20, 30)),
      };
      tables.certification.push(row);
    }
  }
  return { tables, learnerIds };
}

/**
 * Weeks of CEFA's school-year timetable, to write the planned weekly hours as CEFA records them, per school year
 * (modelling choice for the synthetic data, the same order of magnitude as the FWB school calendar).
 */
const CEFA_TIMETABLE_WEEKS = 36;

function contractRow(
  random: Random,
  contract: ContractPlan,
  matricule: string,
  optionCode: string,
  inscriptionId: string,
): CefaContratRow {
  const { endedOn } = endOf(contract);
  return {
    id: contract.id,
    matricule,
    inscription_id: inscriptionId,
    type_contrat: contractTypeCode(cefaCodes, contract),
    option_code: optionCode,
    entreprise_bce: contract.unit.company.enterpriseNumber,
    unite_etablissement: contract.unit.number,
    entreprise_nom: contract.unit.company.name,
    lieu_commune: contract.unit.commune.name,
    lieu_code_postal: contract.unit.commune.postcode,
    tuteur_nom: contract.tutor,
    referent_nom: contract.referent,
    date_signature: contract.signedOn,
    date_debut: contract.start,
    date_fin_prevue: contract.plannedEnd,
    date_fin_effective: endedOn,
    statut: cefaCodes.state[contract.state],
    motif_fin: nativeEndReason(cefaCodes, contract, random),
    heures_entreprise_annee: contract.hoursCompany * CEFA_TIMETABLE_WEEKS,
    heures_ecole_annee: contract.hoursCentre * CEFA_TIMETABLE_WEEKS,
    date_encodage: contract.recordedOn,
    retribution_mensuelle: contract.monthlyPay,
  };
}

// The inscription of the school year the contract starts in (the first one for a contract signed before it).
function inscriptionFor(contract: ContractPlan, inscriptionIds: Map<number, string>): string {
  const startYear = Number(contract.start.slice(0, 4)) - (contract.start.slice(5) < "09-01" ? 1 : 0);
  return inscriptionIds.get(startYear) ?? (inscriptionIds.values().next().value as string);
}

// Certificates of a finished stint: article 49 after a passed 6th or 7th year; article 45 its CQS; some
// leavers without one get an ACP (attestation de compétences professionnelles).
function certificates(random: Random, stint: Stint): string[] {
  if (stint.continues) return [];
  const last = stint.years[stint.years.length - 1];
  if (!stint.completed) return random.chance(0.25) && last.result !== "ABSENT" ? ["ACP"] : [];
  if (stint.cefaOption?.article === "45") return ["CQS"];
  const codes = [last.trainingYear === 7 ? "CQ7" : "CQ6"];
  if (last.trainingYear === 6 && random.chance(0.5)) codes.push("CE6P");
  if (random.chance(0.3)) codes.push("CESS");
  return codes;
}
