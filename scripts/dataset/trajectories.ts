import { FIRST_SCHOOL_YEAR, LAST_SCHOOL_YEAR, WARM_UP_YEARS } from "./calendar";
import { type Commune, communes } from "./communes";
import { ageAt, isoDate } from "./dates";
import { type Stint, type Track, providerOf } from "./model";
import { type MoveRule, moveRules } from "./moveRules";
import { type Person, PersonFactory } from "./people";
import { type Random, WeightedTable } from "./random";
import type { Sites } from "./sites";
import { cefaEntryYear, planStintYears } from "./stintYears";
import { femaleShare, sameTradeTableFor, tradeTableFor } from "./trades";
import type { CatalogueTrade } from "./tradeCatalogue";
import { entryAgeRange, trackSpecs, yearsBeforeAgeLimit } from "./trackSpecs";
import { enrolmentTarget } from "./volumes";

/** Everyone the dataset describes and every stint they made, in creation (roughly chronological) order. */
export interface TrajectoryPlan {
  people: Person[];
  stints: Stint[];
}

/**
 * Tracks are filled in this order each year; movers only come from stints that ended the year before, so the
 * order does not change who can move.
 */
const trackOrder: readonly Track[] = [
  "CEFA",
  "EFP_APPRENTICESHIP",
  "IFAPME_APPRENTICESHIP",
  "IFAPME_CHEF_ENTREPRISE",
  "EFP_CHEF_ENTREPRISE",
  "EFP_COORDINATION",
];

/** At most this share of a track's yearly intake comes from other stints, the rest are new people. */
const MAX_MOVER_INTAKE = 0.6;
/** Share of CEFA pupils living in Brussels (synthetic). */
const CEFA_BRUSSELS_SHARE = 0.22;

/**
 * Plans who is enrolled where, year by year: each track's yearly enrolment matches volumes.ts exactly
 * (continuing learners + movers + new people), starting WARM_UP_YEARS early so 2015-2016 already has
 * second- and third-year learners. Warm-up years are then cut off: nothing before 2015-2016 is written.
 */
export function planTrajectories(
  random: Random,
  scale: number,
  sites: Sites,
  onYear?: () => void,
): TrajectoryPlan {
  const planner = new Planner(random, sites);
  for (let year = FIRST_SCHOOL_YEAR - WARM_UP_YEARS; year <= LAST_SCHOOL_YEAR; year += 1) {
    for (const track of trackOrder) planner.fillYear(track, year, enrolmentTarget(track, year, scale));
    onYear?.();
  }
  return planner.result();
}

// The year-by-year state: how many are enrolled per track and year, and which stints ended when.
class Planner {
  private readonly people: PersonFactory;
  private readonly random: Random;
  private readonly stints: Stint[] = [];
  private readonly active = new Map<string, number>();
  private readonly endedIn = new Map<number, Stint[]>();
  private readonly communesByRegion = new Map<string, WeightedTable<Commune>>();

  constructor(
    random: Random,
    private readonly sites: Sites,
  ) {
    this.people = new PersonFactory(random.fork("people"));
    this.random = random.fork("trajectories");
  }

  // Fills one track-year up to its target: movers first (stints that ended last year), then new people.
  fillYear(track: Track, year: number, target: number): void {
    let need = target - (this.active.get(`${track}|${year}`) ?? 0);
    if (year > FIRST_SCHOOL_YEAR - WARM_UP_YEARS) {
      let moverCap = Math.floor(need * MAX_MOVER_INTAKE);
      for (const source of this.endedIn.get(year - 1) ?? []) {
        if (moverCap <= 0) break;
        if (source.followedBy || source.years[source.years.length - 1].startYear < FIRST_SCHOOL_YEAR)
          continue;
        const rule = moveRules.find((candidate) => candidate.from === source.track && candidate.to === track);
        if (!rule || !this.random.chance(rule.share(source))) continue;
        const [minAge, maxAge] = entryAgeRange(track);
        const age = ageAt(source.person.birthDate, isoDate(year, 9, 1));
        if (age < minAge || age > maxAge) continue;
        this.moverStint(source, rule, year);
        moverCap -= 1;
        need -= 1;
      }
    }
    for (; need > 0; need -= 1) this.newPersonStint(track, year);
  }

  result(): TrajectoryPlan {
    // Cut the warm-up years; a stint (and a person) that lived only then is not part of the dataset.
    const stints: Stint[] = [];
    const seen = new Set<Person>();
    const people: Person[] = [];
    for (const stint of this.stints) {
      const written = stint.years.filter((y) => y.startYear >= FIRST_SCHOOL_YEAR);
      if (written.length === 0) continue;
      stint.warmStart = written.length < stint.years.length;
      stint.years = written;
      stints.push(stint);
      if (!seen.has(stint.person)) {
        seen.add(stint.person);
        people.push(stint.person);
      }
    }
    people.sort((a, b) => a.index - b.index);
    stints.forEach((stint, index) => (stint.id = index));
    return { people, stints };
  }

  private newPersonStint(track: Track, year: number): void {
    const random = this.random;
    const spec = trackSpecs[track];
    const trade = tradeTableFor(track).pick(random);
    const age = random.weightedPick(Object.keys(spec.entryAges).map(Number), (a) => spec.entryAges[a]);
    const birthDate = random.dateBetween(isoDate(year - age - 1, 9, 2), isoDate(year - age, 9, 1));
    const sex = random.chance(femaleShare[trade.common] ?? 0.5) ? "F" : "M";
    const region =
      track === "CEFA"
        ? random.chance(CEFA_BRUSSELS_SHARE)
          ? "BXL"
          : "WAL"
        : track.startsWith("IFAPME")
          ? "WAL"
          : random.chance(0.9)
            ? "BXL"
            : "BRW";
    const commune = this.communeIn(region);
    const person = this.people.create(sex, birthDate, commune);
    this.addStint(person, track, trade, commune, year, age, null);
  }

  private moverStint(source: Stint, rule: MoveRule, year: number): void {
    const random = this.random;
    // Each provider has its own catalogue: keeping the trade means a trade of the new provider with the same
    // common trade (trades.ts).
    const same = sameTradeTableFor(rule.to, source.trade);
    const trade =
      same && random.chance(rule.sameTrade) ? same.pick(random) : tradeTableFor(rule.to).pick(random);
    // Someone moving to a Brussels provider often moved house: a new address the provider records.
    const commune = rule.toBrussels ? this.communeIn("BXL") : source.commune;
    const age = ageAt(source.person.birthDate, isoDate(year, 9, 1));
    const stint = this.addStint(source.person, rule.to, trade, commune, year, age, {
      stint: source,
      move: rule.move,
    });
    source.followedBy = stint;
  }

  private addStint(
    person: Person,
    track: Track,
    trade: CatalogueTrade,
    commune: Commune,
    year: number,
    age: number,
    origin: Stint["origin"],
  ): Stint {
    const random = this.random;
    const spec = trackSpecs[track];
    let cefaOption: Stint["cefaOption"] = null;
    let firstTrainingYear = 1;
    let maxYears = 3;
    if (track === "CEFA") {
      // Where a trade has both, article 49 (full-time equivalent) is the more common option.
      cefaOption =
        trade.cefa.length === 1 ? trade.cefa[0] : random.chance(0.6) ? trade.cefa[0] : trade.cefa[1];
      firstTrainingYear = cefaEntryYear(random, age);
      // CEFA stops at the 7th year.
      maxYears = 8 - firstTrainingYear;
    }
    // No enrolment past the track's age limit (CEFA 21, efp apprenticeship 23, IFAPME apprenticeship 24 on
    // 1 September, domain.md §2).
    maxYears = yearsBeforeAgeLimit(track, age, Math.min(3, maxYears));
    const plannedYears = Math.min(
      maxYears,
      random.weightedPick([1, 2, 3], (n) => spec.plannedYears[n - 1]),
    );
    const planned = planStintYears(
      random,
      track,
      year,
      firstTrainingYear,
      plannedYears,
      cefaOption?.article ?? null,
      person.birthDate,
      maxYears,
    );
    const site =
      track === "CEFA"
        ? this.sites.cefaCentreNear(commune).id
        : track.startsWith("IFAPME")
          ? this.sites.ifapmeSiteNear(commune).id
          : trade.sfpme?.taughtByEfp === false
            ? this.sites.ifapmeSiteNear(commune).id
            : this.sites.efp.id;
    const stint: Stint = {
      id: this.stints.length,
      person,
      track,
      provider: providerOf(track),
      trade,
      cefaOption,
      commune,
      site,
      years: planned.years,
      warmStart: false,
      plannedEnd: planned.plannedEnd,
      completed: planned.completed,
      continues: planned.continues,
      followedBy: null,
      origin,
      contracts: [],
    };
    this.stints.push(stint);
    for (const y of planned.years) {
      const key = `${track}|${y.startYear}`;
      this.active.set(key, (this.active.get(key) ?? 0) + 1);
    }
    if (!planned.continues) {
      const last = planned.years[planned.years.length - 1].startYear;
      const list = this.endedIn.get(last) ?? [];
      list.push(stint);
      this.endedIn.set(last, list);
    }
    return stint;
  }

  private communeIn(region: "WAL" | "BXL" | "BRW"): Commune {
    let table = this.communesByRegion.get(region);
    if (!table) {
      table = new WeightedTable(
        communes.filter((c) => (region === "BRW" ? c.province === "BRW" : c.region === region)),
        (c) => c.weight,
      );
      this.communesByRegion.set(region, table);
    }
    return table.pick(this.random);
  }
}
