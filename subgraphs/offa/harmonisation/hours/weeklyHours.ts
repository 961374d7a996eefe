import { isWithin } from "../calendar/isoDate";
import type { SchoolYearWeeks } from "./SchoolYearWeeks";

/** Hours as a provider records them: per week (IFAPME, efp) or planned over a school year (CEFA). */
export interface NativeHours {
  unit: "PER_WEEK" | "PER_SCHOOL_YEAR";
  company: number;
  centre: number;
}

/** Weekly hours with the rule that produced them; null hours when no rule covers the date (never guessed). */
export interface WeeklyHours {
  company: number | null;
  centre: number | null;
  /** The weeks a school year counts, when converted; null for hours recorded per week. */
  weeksPerSchoolYear: number | null;
  /** How the weekly figure was obtained, in words: shown to the caller. */
  rule: string;
}

/**
 * Hours per week from a provider's hours (domain.md §2 states its limits per week). Hours per school year are
 * divided by the weeks a school year counts on `on` (the contract's start: the year the hours were planned for),
 * rounded to a tenth; with no row for that date the weekly hours are unknown.
 */
export function weeklyHours(hours: NativeHours, on: string, table: readonly SchoolYearWeeks[]): WeeklyHours {
  if (hours.unit === "PER_WEEK") {
    return {
      company: hours.company,
      centre: hours.centre,
      weeksPerSchoolYear: null,
      rule: "recorded per week",
    };
  }
  const row = table.find((r) => isWithin(on, r.validFrom, r.validTo));
  if (row === undefined) {
    return {
      company: null,
      centre: null,
      weeksPerSchoolYear: null,
      rule: `recorded per school year; no school-year length is known for ${on}, so no weekly figure`,
    };
  }
  const perWeek = (perYear: number) => Math.round((perYear / row.weeks) * 10) / 10;
  return {
    company: perWeek(hours.company),
    centre: perWeek(hours.centre),
    weeksPerSchoolYear: row.weeks,
    rule: `recorded per school year, divided by ${row.weeks} weeks (${row.source})`,
  };
}
