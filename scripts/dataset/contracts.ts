import { COVID_CLOSURE, FIRST_SCHOOL_YEAR, TODAY, schoolYearStart } from "./calendar";
import type { CompanyPool } from "./companies";
import { communeNamed } from "./communes";
import { addDays, addYears, ageAt, daysBetween, minDate } from "./dates";
import type { ContractKind, ContractPlan, EndReason, Stint } from "./model";
import type { Random } from "./random";
import type { Sites } from "./sites";
import { closedSectorTrades } from "./trades";
import { trackSpecs } from "./trackSpecs";

/** Probability that a contract ends early for a reason other than the learner leaving the stint. */
const EARLY_END = 0.11;
/** Probability that a learner whose contract ended early finds another company in the same stint. */
const REPLACEMENT = 0.5;
/** Extra early endings among closed-sector contracts running when COVID closed them (domain.md §5). */
const COVID_END = 0.15;
/**
 * Share of stints begun before 2015-2016 whose learner held the arrangement the contrat d'alternance replaced
 * (CEFA CISP, contrat d'apprentissage) until 31 August 2015 (domain.md §2). Modelling choice: the real share is
 * unknown; half keeps the case frequent enough to be seen at every scale.
 */
const PRE_2015_CONTRACT = 0.5;

const earlyEndReasons: readonly (readonly [EndReason, number])[] = [
  ["NOTICE", 38],
  ["MUTUAL", 32],
  ["COMPANY_EVENT", 12],
  ["SERIOUS_BREACH", 9],
  ["FORCE_MAJEURE", 6],
  ["DEATH", 0.5],
];

/**
 * Plans the contracts of one stint: most learners sign around September with a company of their trade near
 * the centre, a few months later for some, never for others; ~20-25 % of contracts end early (domain.md §2),
 * half of those learners then sign with another company. Contracts of one learner never overlap here (the
 * deliberate overlaps are made afterwards, see overlaps.ts) and never start after age 24 (domain.md §2).
 */
export function planContracts(random: Random, stint: Stint, companies: CompanyPool, sites: Sites): void {
  const spec = trackSpecs[stint.track];
  if (random.chance(spec.noPlacement)) return;
  const kind = random.weightedPick(spec.contractKinds, ([, weight]) => weight)[0];
  const first = stint.years[0];
  const stop = firstDropout(stint) ?? stint.plannedEnd;
  // A stint begun before 2015-2016 signs the common contract that replaced the old ones on 1 September 2015
  // (domain.md §2), some after an old arrangement that ran until then; others sign around the start of their
  // first year, some months later.
  if (stint.warmStart && kind === "ALTERNANCE" && random.chance(PRE_2015_CONTRACT)) {
    const oldStart = addDays(schoolYearStart(FIRST_SCHOOL_YEAR - 1), random.int(0, 60));
    if (ageAt(stint.person.birthDate, oldStart) >= 15) {
      const old = newContract(
        random,
        stint,
        "PRE_2015",
        oldStart,
        addDays(oldStart, -random.int(3, 35)),
        companies,
        sites,
      );
      old.plannedEnd = addDays(schoolYearStart(FIRST_SCHOOL_YEAR), -1);
      stint.contracts.push(old);
    }
  }
  let start = stint.warmStart
    ? addDays(schoolYearStart(FIRST_SCHOOL_YEAR), random.int(0, 6))
    : addDays(
        schoolYearStart(first.startYear),
        random.chance(spec.latePlacement) ? random.int(30, 150) : random.int(0, 21),
      );

  for (;;) {
    if (daysBetween(start, stop) < 30) return;
    if (ageAt(stint.person.birthDate, start) > 24) return;
    const signedOn = addDays(start, -random.int(3, 35));
    // A contract not yet signed on TODAY does not exist.
    if (signedOn > TODAY) return;
    const contract = newContract(random, stint, kind, start, signedOn, companies, sites);
    stint.contracts.push(contract);

    const earlyEnd = plannedEarlyEnd(random, contract, stint);
    // A contract that runs its term covers the rest of the stint (stays, like contracts, last at most 3 years).
    if (!earlyEnd) return;
    contract.earlyEnd = earlyEnd;
    if (earlyEnd.on >= stop || earlyEnd.reason === "DEATH" || !random.chance(REPLACEMENT)) return;
    start = addDays(earlyEnd.on, random.int(21, 120));
  }
}

function newContract(
  random: Random,
  stint: Stint,
  kind: ContractKind,
  start: string,
  signedOn: string,
  companies: CompanyPool,
  sites: Sites,
): ContractPlan {
  const site = sites.site(stint.site);
  // The company is near the CEFA centre; IFAPME learners work near home; efp contracts are in Brussels.
  const near =
    stint.provider === "cefa"
      ? site.commune
      : stint.provider === "ifapme" || stint.commune.region === "BXL"
        ? stint.commune
        : communeNamed("Bruxelles");
  const unit = companies.unitFor(stint.trade.common, near);
  const trainingYear = trainingYearOn(stint, start);
  const [hoursCompany, hoursCentre] = hours(random, stint, kind, trainingYear);
  return {
    stint,
    kind,
    unit,
    tutor: random.pick(unit.tutors),
    referent: random.pick(site.referents),
    signedOn,
    start,
    plannedEnd: minDate(stint.plannedEnd, addDays(addYears(start, 3), -1)),
    earlyEnd: null,
    trainingYearAtStart: trainingYear,
    startLevel: "A",
    hoursCompany,
    hoursCentre,
    levels: [],
    monthlyPay: 0,
    payPeriods: [],
    state: "ACTIVE",
    statusPeriods: [],
    recordedOn: "",
    id: "",
  };
}

// The earliest of: an early ending (skewed towards the first months), the learner leaving the stint, a COVID
// closure. Dates after TODAY are not known yet, so they are dropped.
function plannedEarlyEnd(random: Random, contract: ContractPlan, stint: Stint): ContractPlan["earlyEnd"] {
  const candidates: NonNullable<ContractPlan["earlyEnd"]>[] = [];
  const span = daysBetween(contract.start, contract.plannedEnd);
  if (span > 45 && random.chance(EARLY_END)) {
    const on = addDays(contract.start, 14 + Math.floor(random.next() ** 1.5 * (span - 28)));
    candidates.push({ on, reason: random.weightedPick(earlyEndReasons, ([, weight]) => weight)[0] });
  }
  const dropout = firstDropout(stint);
  if (dropout && dropout >= contract.start && dropout < contract.plannedEnd) {
    candidates.push({ on: dropout, reason: random.chance(0.55) ? "MUTUAL" : "NOTICE" });
  }
  if (
    closedSectorTrades.has(stint.trade.common) &&
    contract.start < COVID_CLOSURE.from &&
    contract.plannedEnd > COVID_CLOSURE.from &&
    random.chance(COVID_END)
  ) {
    const on = random.dateBetween(
      COVID_CLOSURE.from,
      minDate(COVID_CLOSURE.to, addDays(contract.plannedEnd, -1)),
    );
    candidates.push({ on, reason: random.chance(0.6) ? "COMPANY_EVENT" : "FORCE_MAJEURE" });
  }
  const earliest = candidates.filter((c) => c.on <= TODAY).sort((a, b) => (a.on < b.on ? -1 : 1))[0];
  return earliest ?? null;
}

// Weekly hours within the rules (company ≥ 20 h, total ≤ 38 h, domain.md §2): CEFA 2 days school and 3 days
// company; IFAPME and efp 4 days company and 8-12 h centre (12 h in year 1); adults follow evening classes.
function hours(random: Random, stint: Stint, kind: ContractKind, trainingYear: number): [number, number] {
  const half = (min: number, max: number) => random.int(min * 2, max * 2) / 2;
  if (stint.provider === "cefa") {
    const school = half(14, 16);
    return [half(20, Math.min(24, 38 - school)), school];
  }
  if (kind === "CST" || kind === "CSTAGE") {
    const centre = random.pick([6, 7, 8]);
    return [half(24, 30), centre];
  }
  const centre = trainingYear === 1 ? 12 : random.pick([8, 9, 10]);
  return [half(24, Math.min(30, 38 - centre)), centre];
}

/** The training year of the stint on a date (the year whose September precedes it). */
export function trainingYearOn(stint: Stint, date: string): number {
  let trainingYear = stint.years[0].trainingYear;
  for (const year of stint.years)
    if (schoolYearStart(year.startYear) <= date) trainingYear = year.trainingYear;
  return trainingYear;
}

function firstDropout(stint: Stint): string | null {
  return stint.years.find((year) => year.droppedOutOn !== null)?.droppedOutOn ?? null;
}
