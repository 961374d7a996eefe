import { LAST_SCHOOL_YEAR, schoolYearEnd, trainingYearEnd } from "./calendar";
import { addDays, addYears, isoDate, maxDate, minDate } from "./dates";
import type { StintYear, Track } from "./model";
import type { Random } from "./random";
import { trackSpecs } from "./trackSpecs";

/** The years of one stint and how it ends. */
export interface StintYears {
  years: StintYear[];
  completed: boolean;
  continues: boolean;
  plannedEnd: string;
}

/** Last day of a year of the track: 30 June at CEFA (school year), 31 August at IFAPME and efp. */
export function yearEnd(track: Track, startYear: number): string {
  return track === "CEFA" ? schoolYearEnd(startYear) : trainingYearEnd(startYear);
}

/**
 * CEFA study year (annee_etude) at entry from the pupil's age: 3rd-4th year is the 2nd degree, 5th-7th the
 * 3rd degree (domain.md §6).
 */
export function cefaEntryYear(random: Random, age: number): number {
  if (age <= 15) return 3;
  if (age === 16) return random.chance(0.4) ? 3 : 4;
  if (age === 17) return random.chance(0.4) ? 4 : 5;
  return random.chance(0.7) ? 5 : 6;
}

/**
 * Simulates a stint year by year from `firstYear`: enrolment date, exam result (a failed year is repeated),
 * dropout, completion. Stops after the last school year (the stint then `continues`). CEFA article 49
 * completes after a passed 6th year (sometimes a 7th, if `maxYears` allows), article 45 after its last
 * planned year.
 */
export function planStintYears(
  random: Random,
  track: Track,
  firstYear: number,
  firstTrainingYear: number,
  plannedYears: number,
  article: "45" | "49" | null,
  birthDate: string,
  maxYears: number = plannedYears,
): StintYears {
  const spec = trackSpecs[track];
  const years: StintYear[] = [];
  let trainingYear = firstTrainingYear;
  let completed = false;
  let length = plannedYears;
  for (let i = 0; i < length; i += 1) {
    const startYear = firstYear + i;
    if (startYear > LAST_SCHOOL_YEAR) {
      return { years, completed: false, continues: true, plannedEnd: yearEnd(track, firstYear + length - 1) };
    }
    const enrolledOn = enrolmentDate(random, track, startYear, birthDate);
    if (random.chance(spec.dropoutRate)) {
      const droppedOutOn = random.dateBetween(isoDate(startYear, 10, 15), isoDate(startYear + 1, 5, 31));
      years.push({ startYear, trainingYear, enrolledOn, droppedOutOn, result: "ABSENT" });
      break;
    }
    const result = random.chance(spec.passRate) ? "PASS" : "FAIL";
    years.push({ startYear, trainingYear, enrolledOn, droppedOutOn: null, result });
    if (result === "PASS") {
      if (track === "CEFA") {
        if (article === "49" && trainingYear === 7) {
          completed = true;
          break;
        }
        if (article === "49" && trainingYear === 6) {
          // A quarter of 6th-year passes go on to a 7th year (CQ7), within the 3-year stay.
          if (i + 1 < maxYears && random.chance(0.25)) length = Math.max(length, i + 2);
          else {
            completed = true;
            break;
          }
        }
        if (article === "45" && i === length - 1 && (i >= 1 || trainingYear >= 5)) completed = true;
      } else if (trainingYear === spec.finalYear) {
        completed = true;
        break;
      }
      trainingYear = Math.min(trainingYear + 1, track === "CEFA" ? 7 : 3);
    }
  }
  const last = years[years.length - 1];
  return { years, completed, continues: false, plannedEnd: yearEnd(track, last.startYear) };
}

// CEFA pupils re-enrol at the end of August or in September; IFAPME and efp take enrolments from late spring.
// The date stays within the track's enrolment ages (domain.md §2, trackSpecs.ts): never before the minimum
// birthday (15, adults 18), never on or after the birthday following the maximum age. Ages are planned on
// 1 September, so the window is trimmed around it.
function enrolmentDate(random: Random, track: Track, startYear: number, birthDate: string): string {
  const [minAge, maxAge] = trackSpecs[track].enrolmentAges;
  const [from, to] =
    track !== "CEFA"
      ? [isoDate(startYear, 5, 15), isoDate(startYear, 9, 20)]
      : random.chance(0.9)
        ? [isoDate(startYear, 8, 20), isoDate(startYear, 9, 15)]
        : [isoDate(startYear, 9, 16), isoDate(startYear, 10, 31)];
  const earliest = maxDate(from, addYears(birthDate, minAge));
  const latest = maxAge === null ? to : minDate(to, addDays(addYears(birthDate, maxAge + 1), -1));
  return earliest <= latest ? random.dateBetween(earliest, latest) : isoDate(startYear, 9, 1);
}
