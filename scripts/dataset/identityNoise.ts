import { nissCheckDigits } from "../../subgraphs/kit/identifiers";
import { PROVIDER_NAMESPACES } from "../../subgraphs/kit/provider/providerNamespaces";
import { communes } from "./communes";
import type { Provider, Stint } from "./model";
import { withAccentsChanged, withGivenNamesShortened, withGivenNamesSwapped, withTypo } from "./nameVariants";
import { femaleFirstNames, maleFirstNames } from "./names";
import type { Person } from "./people";
import {
  type ProviderIdentityRows,
  type ProviderRecordRef,
  providerIdentityRows,
} from "./providerIdentityRows";
import type { Random } from "./random";
import type { CefaTables, IfapmeTables, SfpmeTables } from "./rows";

/** The ways one provider's view of a person differs from another provider's (identityNoise.ts). */
export type IdentityNoiseKind =
  | "BIS_REPLACED_BY_NISS"
  | "DAY_MONTH_TRANSPOSED"
  | "NAME_TYPO"
  | "NAME_ACCENTS"
  | "GIVEN_NAMES_SWAPPED"
  | "GIVEN_NAME_SHORTENED"
  | "COMMUNE_CHANGED"
  | "NATIONAL_NUMBER_MISSING";

/** One noise case: the kind, and the provider records that carry the variant (another record of the person does not). */
export interface IdentityNoiseCase {
  kind: IdentityNoiseKind;
  records: ProviderRecordRef[];
  /**
   * SEEDED: put there by the noise on purpose; TRAJECTORY: a commune that differs because the person really moved
   * (a move to Brussels, trajectories.ts).
   */
  source: "SEEDED" | "TRAJECTORY";
}

/**
 * Distinct people whose records share last name, first name(s), birth date and sex as the providers wrote them:
 * one list of records per person. `seeded` when the noise made them on purpose (HOMONYM_PAIR_SHARE); others occur
 * by chance in a population this size.
 */
export interface HomonymGroup {
  people: ProviderRecordRef[][];
  seeded: boolean;
}

/** What the noise did, for the ground truth. */
export interface IdentityNoise {
  cases: IdentityNoiseCase[];
  homonyms: HomonymGroup[];
}

// Rates below are modelling choices for the synthetic data (domain.md gives none): orders of magnitude of data-entry
// noise in administrative registers, high enough that the test at scale 0.1 meets every kind several times.

/** Share of people given two given names (written "Marie Claire") at every provider. */
const TWO_GIVEN_NAMES_SHARE = 0.15;
/** Among BIS holders known at two providers or more, share who received a NISS before their later enrolments. */
const BIS_REPLACED_SHARE = 0.5;
/** Shares of people known at two providers or more whose record at one provider carries the variant. */
const NOISE_SHARES: Readonly<
  Record<Exclude<IdentityNoiseKind, "BIS_REPLACED_BY_NISS" | "NATIONAL_NUMBER_MISSING">, number>
> = {
  DAY_MONTH_TRANSPOSED: 0.01,
  NAME_TYPO: 0.02,
  NAME_ACCENTS: 0.03,
  // Of the people with two given names only:
  GIVEN_NAMES_SWAPPED: 0.2,
  GIVEN_NAME_SHORTENED: 0.2,
  COMMUNE_CHANGED: 0.03,
};
/**
 * Share of people known at two providers or more whose number one provider never recorded (a newcomer enrolled
 * before their papers came, a number left for later and never typed in): the record has no number at all.
 */
const NATIONAL_NUMBER_MISSING_SHARE = 0.005;
/** At least this many cases of every kind (when that many people qualify), so small scales meet each kind. */
const MIN_CASES_PER_KIND = 4;
/** Seeded pairs of distinct people made to share name, birth date and sex: this share of all people… */
const HOMONYM_PAIR_SHARE = 0.0005;
/** …and at least this many pairs at any scale. */
const MIN_HOMONYM_PAIRS = 6;

/**
 * Gives each provider its own view of the people it records, in the provider rows (after the provider builders):
 * second given names for some, homonyms seeded across providers, then for people known at two providers or more
 * the variants of `IdentityNoiseKind` at one of their records. Draws only from `random` (its own fork), so the
 * rest of the dataset is unchanged. Returns every case for the ground truth; the truth of who is who stays the
 * provider ids of each person (GroundTruthPerson.records).
 */
export function addIdentityNoise(
  random: Random,
  people: readonly Person[],
  stints: readonly Stint[],
  providerIds: Readonly<Record<Provider, Map<Person, string>>>,
  stores: { cefa: CefaTables; ifapme: IfapmeTables; sfpme: SfpmeTables },
): IdentityNoise {
  const rows = providerIdentityRows(stores);
  const recordsOf = recordsInEnrolmentOrder(people, stints, providerIds);
  const everyone = people.filter((person) => (recordsOf.get(person) ?? []).length > 0);
  const setEverywhere = (person: Person, change: { firstName?: string; lastName?: string }) => {
    for (const ref of recordsOf.get(person) ?? []) rows.write(ref, change);
  };

  for (const person of everyone) {
    if (!random.chance(TWO_GIVEN_NAMES_SHARE)) continue;
    const names = person.sex === "M" ? maleFirstNames : femaleFirstNames;
    const second = random.pick(names.filter((name) => name !== person.firstName));
    setEverywhere(person, { firstName: `${person.firstName} ${second}` });
  }

  const seededPairs = seedHomonyms(random, everyone, recordsOf, rows, setEverywhere);

  const cases: IdentityNoiseCase[] = [];
  const movers = everyone.filter((person) => (recordsOf.get(person) as ProviderRecordRef[]).length >= 2);
  // `target` people drawn from `eligible`, at least MIN_CASES_PER_KIND, at most all of them; people no earlier
  // kind touched first, so that kinds compound on one person only when the eligible run out (at small scales the
  // minimum would otherwise stack several variants on the few BIS holders) or by the trajectory's own moves.
  const touched = new Set<Person>();
  const take = (eligible: Person[], target: number): Person[] => {
    const count = Math.min(eligible.length, Math.max(MIN_CASES_PER_KIND, Math.round(target)));
    const shuffled = random.shuffle(eligible);
    const chosen = [
      ...shuffled.filter((p) => !touched.has(p)),
      ...shuffled.filter((p) => touched.has(p)),
    ].slice(0, count);
    for (const person of chosen) touched.add(person);
    return chosen;
  };
  const seeded = (kind: IdentityNoiseKind, records: ProviderRecordRef[]) =>
    cases.push({ kind, records, source: "SEEDED" });
  const firstOf = (person: Person) => (recordsOf.get(person) as ProviderRecordRef[])[0];
  const laterOf = (person: Person) => (recordsOf.get(person) as ProviderRecordRef[]).slice(1);
  const anyOf = (person: Person) => random.pick(recordsOf.get(person) as ProviderRecordRef[]);

  const usedNumbers = new Set(
    everyone.flatMap((person) =>
      (recordsOf.get(person) ?? []).flatMap((ref) => rows.read(ref).nationalNumber ?? []),
    ),
  );
  const bisMovers = movers.filter((person) => person.bis);
  for (const person of take(bisMovers, BIS_REPLACED_SHARE * bisMovers.length)) {
    // The earliest provider keeps the BIS it recorded; those enrolled at afterwards hold the new register number.
    person.replacedBy = newRegisterNumber(random, person, usedNumbers);
    const later = laterOf(person);
    for (const ref of later) rows.write(ref, { nationalNumber: person.replacedBy });
    seeded("BIS_REPLACED_BY_NISS", later);
  }

  const transposable = movers.filter((person) => {
    const day = Number(person.birthDate.slice(8, 10));
    return day <= 12 && day !== Number(person.birthDate.slice(5, 7));
  });
  for (const person of take(transposable, NOISE_SHARES.DAY_MONTH_TRANSPOSED * movers.length)) {
    const ref = anyOf(person);
    const date = rows.read(ref).birthDate;
    rows.write(ref, { birthDate: `${date.slice(0, 4)}-${date.slice(8, 10)}-${date.slice(5, 7)}` });
    seeded("DAY_MONTH_TRANSPOSED", [ref]);
  }

  for (const person of take(movers, NOISE_SHARES.NAME_TYPO * movers.length)) {
    const ref = anyOf(person);
    const identity = rows.read(ref);
    // Family names more often: given names are usually read back from the identity card.
    const lastName = random.chance(0.7);
    const variant = withTypo(random, lastName ? identity.lastName : identity.firstName);
    if (!variant) continue;
    rows.write(ref, lastName ? { lastName: variant } : { firstName: variant });
    seeded("NAME_TYPO", [ref]);
  }

  const accentable = movers.filter(
    (person) =>
      withAccentsChanged(rows.read(firstOf(person)).lastName) !== null ||
      withAccentsChanged(rows.read(firstOf(person)).firstName) !== null,
  );
  for (const person of take(accentable, NOISE_SHARES.NAME_ACCENTS * movers.length)) {
    const ref = anyOf(person);
    const identity = rows.read(ref);
    const lastName = withAccentsChanged(identity.lastName);
    const firstName = withAccentsChanged(identity.firstName);
    // A given name with accents loses them; otherwise the family name loses or gains one where it can.
    const accented = identity.firstName !== identity.firstName.normalize("NFD").replace(/\p{M}/gu, "");
    const change =
      firstName && firstName.length === identity.firstName.length && accented
        ? { firstName }
        : lastName
          ? { lastName }
          : { firstName: firstName as string };
    rows.write(ref, change);
    seeded("NAME_ACCENTS", [ref]);
  }

  const twoGivenNames = movers.filter((person) => rows.read(firstOf(person)).firstName.includes(" "));
  for (const person of take(twoGivenNames, NOISE_SHARES.GIVEN_NAMES_SWAPPED * twoGivenNames.length)) {
    const ref = anyOf(person);
    const variant = withGivenNamesSwapped(rows.read(ref).firstName);
    if (!variant) continue;
    rows.write(ref, { firstName: variant });
    seeded("GIVEN_NAMES_SWAPPED", [ref]);
  }
  for (const person of take(twoGivenNames, NOISE_SHARES.GIVEN_NAME_SHORTENED * twoGivenNames.length)) {
    const ref = anyOf(person);
    const variant = withGivenNamesShortened(rows.read(ref).firstName);
    if (!variant) continue;
    rows.write(ref, { firstName: variant });
    seeded("GIVEN_NAME_SHORTENED", [ref]);
  }

  const movedHouse = new Set<Person>();
  for (const person of take(movers, NOISE_SHARES.COMMUNE_CHANGED * movers.length)) {
    // The person moved house between providers: the later records hold the new commune.
    const later = laterOf(person);
    const before = rows.read(firstOf(person));
    const province = communes.find((commune) => commune.name === before.commune)?.province;
    const choices = communes.filter((c) => c.province === province && c.name !== before.commune);
    if (choices.length === 0) continue;
    const next = random.pick(choices);
    for (const ref of later) rows.write(ref, { commune: next.name, postcode: next.postcode });
    movedHouse.add(person);
    seeded("COMMUNE_CHANGED", later);
  }
  for (const person of movers) {
    if (movedHouse.has(person)) continue;
    const [first, ...later] = recordsOf.get(person) as ProviderRecordRef[];
    const commune = rows.read(first).commune;
    const moved = later.filter((ref) => rows.read(ref).commune !== commune);
    if (moved.length > 0) cases.push({ kind: "COMMUNE_CHANGED", records: moved, source: "TRAJECTORY" });
  }

  forgetSomeNationalNumbers(random.fork("national-number-missing"), movers, touched, recordsOf, rows).forEach(
    (ref) => seeded("NATIONAL_NUMBER_MISSING", [ref]),
  );

  return { cases, homonyms: homonymGroups(everyone, recordsOf, rows, seededPairs) };
}

/**
 * NATIONAL_NUMBER_MISSING: for NATIONAL_NUMBER_MISSING_SHARE of the people known at two providers or more (at least
 * MIN_CASES_PER_KIND), one provider never recorded the number. Drawn on its own stream (`random` is a fork made for
 * this kind alone) and only among people no other kind touched, so adding the kind left every other variant, and
 * the rest of the dataset, as it was. Returns the records left without a number.
 */
function forgetSomeNationalNumbers(
  random: Random,
  movers: readonly Person[],
  touched: ReadonlySet<Person>,
  recordsOf: Map<Person, ProviderRecordRef[]>,
  rows: ProviderIdentityRows,
): ProviderRecordRef[] {
  const untouched = movers.filter((person) => !touched.has(person));
  const count = Math.min(
    untouched.length,
    Math.max(MIN_CASES_PER_KIND, Math.round(NATIONAL_NUMBER_MISSING_SHARE * movers.length)),
  );
  return random
    .shuffle(untouched)
    .slice(0, count)
    .map((person) => {
      const ref = random.pick(recordsOf.get(person) as ProviderRecordRef[]);
      rows.write(ref, { nationalNumber: null });
      return ref;
    });
}

// Each person's provider records, ordered by their first enrolment at the provider (ties: namespace order).
function recordsInEnrolmentOrder(
  people: readonly Person[],
  stints: readonly Stint[],
  providerIds: Readonly<Record<Provider, Map<Person, string>>>,
): Map<Person, ProviderRecordRef[]> {
  const firstEnrolment = new Map<Person, Map<Provider, string>>();
  for (const stint of stints) {
    const byProvider = firstEnrolment.get(stint.person) ?? new Map<Provider, string>();
    const date = stint.years[0].enrolledOn;
    const known = byProvider.get(stint.provider);
    if (!known || date < known) byProvider.set(stint.provider, date);
    firstEnrolment.set(stint.person, byProvider);
  }
  const recordsOf = new Map<Person, ProviderRecordRef[]>();
  for (const person of people) {
    const dates = firstEnrolment.get(person);
    const records = PROVIDER_NAMESPACES.flatMap((provider) => {
      const providerLearnerId = providerIds[provider].get(person);
      return providerLearnerId ? [{ provider, providerLearnerId }] : [];
    });
    // An efp learner taking courses at IFAPME has records at both, enrolled the same day: namespace order decides.
    records.sort((a, b) => (dates?.get(a.provider) ?? "").localeCompare(dates?.get(b.provider) ?? ""));
    recordsOf.set(person, records);
  }
  return recordsOf;
}

// A register number for the person's birth date and sex, checksum-valid and unused (people.ts builds the same way).
function newRegisterNumber(random: Random, person: Person, used: Set<string>): string {
  const yymmdd = person.birthDate.slice(2, 4) + person.birthDate.slice(5, 7) + person.birthDate.slice(8, 10);
  const bornFrom2000 = Number(person.birthDate.slice(0, 4)) >= 2000;
  for (;;) {
    const counter = 2 * random.int(0, 498) + (person.sex === "M" ? 1 : 2);
    const first9 = yymmdd + String(counter).padStart(3, "0");
    const niss = first9 + nissCheckDigits(first9, bornFrom2000);
    if (!used.has(niss)) {
      used.add(niss);
      return niss;
    }
  }
}

// Seeds pairs of distinct people, known at no common provider, with the same birth date and sex: the second takes
// the first's names at every provider. Returns the pairs.
function seedHomonyms(
  random: Random,
  everyone: readonly Person[],
  recordsOf: Map<Person, ProviderRecordRef[]>,
  rows: ProviderIdentityRows,
  setEverywhere: (person: Person, change: { firstName?: string; lastName?: string }) => void,
): [Person, Person][] {
  const bySexAndBirth = new Map<string, Person[]>();
  for (const person of everyone) {
    const key = `${person.sex}:${person.birthDate}`;
    bySexAndBirth.set(key, [...(bySexAndBirth.get(key) ?? []), person]);
  }
  const providersOf = (person: Person) => new Set((recordsOf.get(person) ?? []).map((ref) => ref.provider));
  const candidates: [Person, Person][] = [];
  for (const group of bySexAndBirth.values()) {
    if (group.length < 2) continue;
    const [first, ...others] = group;
    const firstProviders = providersOf(first);
    const other = others.find((person) => [...providersOf(person)].every((p) => !firstProviders.has(p)));
    if (other) candidates.push([first, other]);
  }
  const count = Math.min(
    candidates.length,
    Math.max(MIN_HOMONYM_PAIRS, Math.round(HOMONYM_PAIR_SHARE * everyone.length)),
  );
  const pairs = random.shuffle(candidates).slice(0, count);
  for (const [first, second] of pairs) {
    const names = rows.read((recordsOf.get(first) as ProviderRecordRef[])[0]);
    setEverywhere(second, { lastName: names.lastName, firstName: names.firstName });
  }
  return pairs;
}

// Groups of distinct people whose records share names, birth date and sex as written (case-insensitive).
function homonymGroups(
  everyone: readonly Person[],
  recordsOf: Map<Person, ProviderRecordRef[]>,
  rows: ProviderIdentityRows,
  seededPairs: readonly [Person, Person][],
): HomonymGroup[] {
  const byIdentity = new Map<string, Map<Person, ProviderRecordRef[]>>();
  for (const person of everyone) {
    for (const ref of recordsOf.get(person) ?? []) {
      const identity = rows.read(ref);
      const key = [identity.lastName, identity.firstName, identity.birthDate, identity.sex]
        .join("|")
        .toLowerCase();
      const group = byIdentity.get(key) ?? new Map<Person, ProviderRecordRef[]>();
      group.set(person, recordsOf.get(person) as ProviderRecordRef[]);
      byIdentity.set(key, group);
    }
  }
  const seeded = new Set(seededPairs.flat());
  const seen = new Set<string>();
  const groups: HomonymGroup[] = [];
  for (const group of byIdentity.values()) {
    if (group.size < 2) continue;
    const members = [...group.keys()].sort((a, b) => a.index - b.index);
    const id = members.map((person) => person.index).join(",");
    if (seen.has(id)) continue;
    seen.add(id);
    groups.push({
      people: members.map((person) => group.get(person) as ProviderRecordRef[]),
      seeded: members.some((person) => seeded.has(person)),
    });
  }
  return groups;
}
