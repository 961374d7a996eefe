import { type AccreditationPlan, accreditUnitsWithoutLearners } from "./accreditations";
import type { Company, CompanyPool, EstablishmentUnit } from "./companies";
import type { ContractPlan } from "./model";
import type { Random } from "./random";
import { commonTradeNamed } from "./tradeCatalogue";

/**
 * OFFA's establishment-unit register as the generator plans it (offa.enterprise, offa.establishment_unit,
 * offa.tutor, offa.tutor_unit, offa.contract_tutor; migration 000003): every company of the pool, the
 * self-employed without staff included, each unit with its address, the tutors as persons with their
 * qualification, and the tutor designated on each contract. It also adds what the register holds beyond the
 * contracts (companies accredited that never trained a learner) and the data-quality case of a provider
 * contract naming a unit the register lacks.
 */

/** Tutor qualification codes: domain.md §4 modelling choice, as offa.tutor.qualification. */
export type TutorQualification = "EXPERIENCE_5Y" | "CHEF_ENTREPRISE_2Y" | "PEDAGOGICAL_TITLE" | "VDC_TUTEUR";

/** A tutor as a person: designated by one enterprise, serving one or more of its units. */
export interface RegisteredTutor {
  id: string;
  company: Company;
  fullName: string;
  qualification: TutorQualification;
  /** Hours of recognised tutoring training. */
  trainingHours: number;
  /** Tuteur agréé: ≥ 8 h of tutoring training or the competence title "tuteur" (domain.md §4). */
  accredited: boolean;
  units: EstablishmentUnit[];
}

/** An establishment unit with what the register records beyond the number. */
export interface RegisteredUnit {
  unit: EstablishmentUnit;
  name: string;
  streetAddress: string;
  /** The family of the company's trade in offa.common_trade (modelling choice, see the migration). */
  sector: string;
}

/** The register, ready to become OFFA rows. */
export interface RegisterPlan {
  companies: readonly Company[];
  units: RegisteredUnit[];
  tutors: RegisteredTutor[];
  /** The tutor designated on each contract. */
  tutorOf: Map<ContractPlan, RegisteredTutor>;
  /** Companies created for the register only: accredited, never a learner. */
  companiesWithoutLearners: Company[];
  /** Contracts whose provider records a unit number the register lacks (ground truth: dataQuality). */
  unitNotInRegister: ContractPlan[];
}

/**
 * Accredited companies that never trained a learner, per company that did. A modelling choice: the number of
 * accredited companies is unknown (domain.md §11.6); many agréments are granted for a learner who then
 * signs elsewhere or never comes.
 */
const COMPANIES_WITHOUT_LEARNERS_SHARE = 0.25;
/** Share of a training company's other units (no contrat d'alternance there) that hold an agrément too. */
const OTHER_UNIT_ACCREDITED_SHARE = 0.5;
/**
 * Share of provider contracts whose unit number is not in the register: a number mistyped with a valid check,
 * or a unit the BCE opened after OFFA's register was last loaded. A modelling choice (no published figure);
 * at least one contract, so every dataset has the case.
 */
const UNIT_NOT_IN_REGISTER_SHARE = 0.003;
/** Share of multi-unit companies whose first tutor also serves their other units (register only). */
const SHARED_TUTOR_SHARE = 0.3;

/**
 * Grounds of a tutor's designation (modelling choice, no published split): experience first; the owner of a
 * one-person business often holds the chef d'entreprise title of the trade (IFAPME/SFPME, domain.md §4).
 */
const ownerQualifications: readonly (readonly [TutorQualification, number])[] = [
  ["CHEF_ENTREPRISE_2Y", 45],
  ["EXPERIENCE_5Y", 45],
  ["PEDAGOGICAL_TITLE", 5],
  ["VDC_TUTEUR", 5],
];
const staffQualifications: readonly (readonly [TutorQualification, number])[] = [
  ["EXPERIENCE_5Y", 55],
  ["CHEF_ENTREPRISE_2Y", 15],
  ["PEDAGOGICAL_TITLE", 20],
  ["VDC_TUTEUR", 10],
];
/**
 * Hours of tutoring training followed (modelling choice): about half none, otherwise usual course lengths
 * (half-day to a week). 8 h or more makes a tuteur agréé (domain.md §4).
 */
const trainingHourChoices: readonly (readonly [number, number])[] = [
  [0, 45],
  [4, 10],
  [6, 5],
  [8, 15],
  [12, 8],
  [16, 8],
  [24, 5],
  [40, 4],
];

/** Street names frequent in Wallonia and Brussels, for synthetic unit addresses. */
const streets: readonly string[] = [
  "Rue de la Station",
  "Rue de l'Église",
  "Chaussée de Bruxelles",
  "Rue du Moulin",
  "Avenue de la Gare",
  "Place communale",
  "Rue Haute",
  "Rue de la Paix",
  "Grand-Rue",
  "Rue du Centre",
  "Rue des Écoles",
  "Chaussée de Namur",
  "Rue de Liège",
  "Avenue Albert Ier",
  "Rue Saint-Martin",
  "Rue de la Croix",
  "Rue du Commerce",
  "Zoning industriel",
];

/**
 * Completes the register once contracts and their accreditations are planned: adds companies that never
 * trained a learner and accredits units without a contrat d'alternance; gives every unit an address and
 * every tutor name a person with a qualification; records each contract's tutor; then moves a few contracts
 * to a unit number the register lacks. Such a contrat d'alternance joins `accreditations.missing`: OFFA finds
 * no agrément for a unit it does not know. `protectedContracts` (the deliberate overlaps) and contracts ended
 * by a withdrawal keep their unit, so the other ground-truth lists stay exact.
 */
export function planRegister(
  random: Random,
  pool: CompanyPool,
  contracts: readonly ContractPlan[],
  accreditations: AccreditationPlan,
  protectedContracts: ReadonlySet<ContractPlan>,
): RegisterPlan {
  const training = [...pool.companies];
  const companiesWithoutLearners: Company[] = [];
  const withoutLearnersCount = Math.round(training.length * COMPANIES_WITHOUT_LEARNERS_SHARE);
  for (let i = 0; i < withoutLearnersCount; i += 1) {
    // Like a training company of the same trade and province, so the register keeps their mix.
    const like = random.pick(training);
    companiesWithoutLearners.push(pool.addCompanyWithoutLearners(like.trade, like.units[0].commune.province));
  }

  const unitsWithContract = new Set(
    contracts.filter((contract) => contract.kind === "ALTERNANCE").map((contract) => contract.unit),
  );
  const toAccredit = [
    ...training.flatMap((company) =>
      company.units.filter(
        (unit) => !unitsWithContract.has(unit) && random.chance(OTHER_UNIT_ACCREDITED_SHARE),
      ),
    ),
    ...companiesWithoutLearners.flatMap((company) => company.units),
  ];
  accreditUnitsWithoutLearners(random, toAccredit, accreditations);

  const units: RegisteredUnit[] = [];
  const tutors: RegisteredTutor[] = [];
  const tutorsByCompany = new Map<Company, Map<string, RegisteredTutor>>();
  for (const company of pool.companies) {
    const byName = new Map<string, RegisteredTutor>();
    tutorsByCompany.set(company, byName);
    const owner = company.selfEmployedNoStaff ? company.units[0].tutors[0] : null;
    for (const unit of company.units) {
      units.push({
        unit,
        name: company.units.length === 1 ? company.name : `${company.name} – ${unit.commune.name}`,
        streetAddress: `${random.pick(streets)} ${random.int(1, 180)}`,
        sector: commonTradeNamed(company.trade).family,
      });
      for (const fullName of unit.tutors) {
        let tutor = byName.get(fullName);
        if (!tutor) {
          tutor = newTutor(random, tutors.length + 1, company, fullName, fullName === owner);
          byName.set(fullName, tutor);
          tutors.push(tutor);
        }
        if (!tutor.units.includes(unit)) tutor.units.push(unit);
      }
    }
    if (company.units.length > 1 && random.chance(SHARED_TUTOR_SHARE)) {
      const first = byName.get(company.units[0].tutors[0]) as RegisteredTutor;
      for (const unit of company.units) if (!first.units.includes(unit)) first.units.push(unit);
    }
  }

  const tutorOf = new Map<ContractPlan, RegisteredTutor>();
  for (const contract of contracts) {
    const tutor = tutorsByCompany.get(contract.unit.company)?.get(contract.tutor);
    if (!tutor) throw new Error(`Contract tutor ${contract.tutor} is not a tutor of its company`);
    tutorOf.set(contract, tutor);
  }

  const unitNotInRegister = moveToUnregisteredUnits(
    random,
    pool,
    contracts,
    accreditations,
    protectedContracts,
  );
  return { companies: pool.companies, units, tutors, tutorOf, companiesWithoutLearners, unitNotInRegister };
}

function newTutor(
  random: Random,
  sequence: number,
  company: Company,
  fullName: string,
  isOwner: boolean,
): RegisteredTutor {
  const qualification = random.weightedPick(
    isOwner ? ownerQualifications : staffQualifications,
    ([, weight]) => weight,
  )[0];
  const trainingHours = random.weightedPick(trainingHourChoices, ([, weight]) => weight)[0];
  return {
    id: `TUT-${String(sequence).padStart(7, "0")}`,
    company,
    fullName,
    qualification,
    trainingHours,
    accredited: trainingHours >= 8 || qualification === "VDC_TUTEUR",
    units: [],
  };
}

// The provider records the contract under a unit number the register lacks (the enterprise stays right). One
// such contract per company at most, and only in companies with fewer than 3 units, so an enterprise still
// shows 1-3 unit numbers across all stores.
function moveToUnregisteredUnits(
  random: Random,
  pool: CompanyPool,
  contracts: readonly ContractPlan[],
  accreditations: AccreditationPlan,
  protectedContracts: ReadonlySet<ContractPlan>,
): ContractPlan[] {
  if (contracts.length === 0) return [];
  const count = Math.max(1, Math.round(contracts.length * UNIT_NOT_IN_REGISTER_SHARE));
  const eligible = contracts.filter(
    (contract) =>
      !protectedContracts.has(contract) &&
      contract.earlyEnd?.reason !== "AGREMENT_WITHDRAWN" &&
      contract.unit.company.units.length < 3,
  );
  const moved: ContractPlan[] = [];
  const companies = new Set<Company>();
  const missing = new Set(accreditations.missing);
  for (const contract of random.shuffle(eligible)) {
    if (moved.length === count) break;
    if (companies.has(contract.unit.company)) continue;
    companies.add(contract.unit.company);
    contract.unit = { ...contract.unit, number: pool.unregisteredUnitNumber() };
    if (contract.kind === "ALTERNANCE" && !missing.has(contract)) accreditations.missing.push(contract);
    moved.push(contract);
  }
  return moved;
}
