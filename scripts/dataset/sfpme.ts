import { schoolYearLabel } from "./calendar";
import { contractTypeCode, nativeEndReason, nativeStatusPeriods, sfpmeCodes } from "./codes";
import { ageAt, isoDate } from "./dates";
import { IdSequence, UniqueIds } from "./ids";
import type { ContractPlan, Stint, Track } from "./model";
import type { Person } from "./people";
import type { Random } from "./random";
import type { SfpmeConventionRow, SfpmeInscriptionRow, SfpmeTables } from "./rows";
import { efpFormations } from "./tradeCatalogue";

const programmes: Partial<Record<Track, SfpmeInscriptionRow["programme"]>> = {
  EFP_APPRENTICESHIP: "APPRENTISSAGE",
  EFP_CHEF_ENTREPRISE: "CHEF_ENTREPRISE",
  EFP_COORDINATION: "COORDINATION",
};
const diplomas: Partial<Record<Track, string>> = {
  EFP_APPRENTICESHIP: "CERT-APP",
  EFP_CHEF_ENTREPRISE: "DIP-CE",
  EFP_COORDINATION: "DIP-COORD",
};
const results = { PASS: "REUSSI", FAIL: "ECHEC", ABSENT: "ABSENT" } as const;

/**
 * Writes the SFPME (efp) store: trainings (formations), learners (dossier EFP-year-5 digits), one inscription
 * per academic year with its exam result and where courses run (EFP-UCCLE, or an IFAPME site for a trade efp
 * does not teach), conventions (reference CONV/year/5 digits), the allowance steps (AF1 at start, then on
 * 1 August after a passed year, domain.md §3) and diplomas.
 */
export function buildSfpme(
  random: Random,
  stints: readonly Stint[],
): { tables: SfpmeTables; learnerIds: Map<Person, string> } {
  const tables: SfpmeTables = {
    formation: efpFormations.map((formation) => ({
      code: formation.code,
      intitule: formation.title,
      famille_metiers: formation.family,
      enseignee_efp: formation.taughtByEfp,
    })),
    apprenant: [],
    inscription: [],
    convention: [],
    palier_allocation: [],
    allocation: [],
    statut_historique: [],
    diplome: [],
  };
  const numbers = new UniqueIds(random);
  const learnerIds = new Map<Person, string>();
  const ids = {
    inscription: new IdSequence("EI", 8),
    palier: new IdSequence("EP", 8),
    diplome: new IdSequence("ED", 8),
    allocation: new IdSequence("EA", 8),
    statut: new IdSequence("ES", 8),
  };

  for (const stint of stints) {
    const person = stint.person;
    const formation = stint.trade.sfpme;
    const programme = programmes[stint.track];
    if (!formation || !programme) throw new Error(`efp cannot record stint ${stint.id} (${stint.track})`);
    let dossier = learnerIds.get(person);
    if (!dossier) {
      const year = stint.years[0].startYear;
      dossier = numbers.take((r) => `EFP-${year}-${r.digits(5)}`);
      learnerIds.set(person, dossier);
      tables.apprenant.push({
        dossier,
        numero_national: person.niss,
        nom: person.lastName,
        prenom: person.firstName,
        date_naissance: person.birthDate,
        sexe: person.sex,
        commune: stint.commune.name,
        code_postal: stint.commune.postcode,
        representant_legal:
          ageAt(person.birthDate, stint.years[0].enrolledOn) < 18 && !person.legalRepresentativeUnrecorded
            ? person.legalRepresentative
            : null,
      });
    }
    for (const year of stint.years) {
      tables.inscription.push({
        id: ids.inscription.take(),
        dossier,
        formation_code: formation.code,
        programme,
        annee_formation: year.trainingYear,
        annee_academique: schoolYearLabel(year.startYear),
        lieu_cours: stint.site,
        resultat_examen: results[year.result],
        date_inscription: year.enrolledOn,
      });
    }
    for (const contract of stint.contracts) {
      const year = contract.signedOn.slice(0, 4);
      contract.id = numbers.take((r) => `CONV/${year}/${r.digits(5)}`);
      tables.convention.push(conventionRow(random, contract, dossier, formation.code));
      for (const period of contract.payPeriods) {
        tables.allocation.push({
          id: ids.allocation.take(),
          convention_reference: contract.id,
          montant_mensuel: period.amount,
          effet_au: period.from,
        });
      }
      for (const period of nativeStatusPeriods(sfpmeCodes, contract)) {
        tables.statut_historique.push({
          id: ids.statut.take(),
          convention_reference: contract.id,
          statut: period.code,
          du: period.from,
          au: period.to,
        });
      }
      for (const step of contract.levels) {
        tables.palier_allocation.push({
          id: ids.palier.take(),
          convention_reference: contract.id,
          annee_code: sfpmeCodes.level[step.level],
          effet_au: step.on,
        });
      }
    }
    const diploma = diplomas[stint.track];
    if (stint.completed && diploma) {
      const lastYear = stint.years[stint.years.length - 1].startYear;
      tables.diplome.push({
        id: ids.diplome.take(),
        dossier,
        code: diploma,
        formation_code: formation.code,
        date_delivrance: isoDate(lastYear + 1, 6, random.int(20, 30)),
      });
    }
  }
  return { tables, learnerIds };
}

// efp records a break (date_rupture) only for an early end; a convention that ran to term keeps date_fin.
function conventionRow(
  random: Random,
  contract: ContractPlan,
  dossier: string,
  formationCode: string,
): SfpmeConventionRow {
  return {
    reference: contract.id,
    dossier,
    type_convention: contractTypeCode(sfpmeCodes, contract),
    formation_code: formationCode,
    bce: contract.unit.company.enterpriseNumber,
    siege_exploitation: contract.unit.number,
    raison_sociale: contract.unit.company.name,
    commune_siege: contract.unit.commune.name,
    code_postal_siege: contract.unit.commune.postcode,
    tuteur: contract.tutor,
    delegue_tutelle: contract.referent,
    date_signature: contract.signedOn,
    date_debut: contract.start,
    date_fin: contract.plannedEnd,
    date_rupture: contract.earlyEnd?.on ?? null,
    statut: sfpmeCodes.state[contract.state],
    motif_fin: nativeEndReason(sfpmeCodes, contract, random),
    heures_entreprise_hebdo: contract.hoursCompany,
    heures_cours_hebdo: contract.hoursCentre,
    allocation_mensuelle: contract.monthlyPay,
    date_saisie: contract.recordedOn,
  };
}
