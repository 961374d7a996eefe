import { FIRST_SCHOOL_YEAR, LAST_SCHOOL_YEAR } from "./calendar";
import type { Track } from "./model";

/**
 * Learners enrolled per school year and track at scale 1 (domain.md §7): CEFA 8 000-9 400 (9 376 in 2016-17,
 * 8 000-8 500 in 2021), IFAPME apprenticeship 4 500-5 100 (5 086 → 4 589 from 2018-19 to 2019-20), IFAPME chef
 * d'entreprise a ~1 500 sample, efp apprenticeship 550-700, efp adults ~4 000. Years between sourced figures
 * are smoothed by hand (synthetic).
 */
const perYear: Readonly<Record<Track, readonly number[]>> = {
  //                        2015  2016  2017  2018  2019  2020  2021  2022  2023  2024  2025
  CEFA: [9250, 9376, 9150, 8950, 8700, 8450, 8250, 8100, 8150, 8250, 8300],
  IFAPME_APPRENTICESHIP: [4650, 4700, 4900, 5086, 4589, 4550, 4600, 4700, 4800, 4850, 4900],
  IFAPME_CHEF_ENTREPRISE: [1450, 1480, 1500, 1520, 1480, 1400, 1450, 1500, 1550, 1580, 1600],
  EFP_APPRENTICESHIP: [690, 620, 570, 580, 600, 590, 610, 630, 650, 660, 670],
  EFP_CHEF_ENTREPRISE: [3600, 3620, 3650, 3700, 3750, 3500, 3600, 3650, 3700, 3720, 3750],
  EFP_COORDINATION: [380, 380, 390, 400, 400, 380, 390, 400, 410, 410, 420],
};

/**
 * How many learners of `track` are enrolled in school year `startYear` at `scale` (scale 0.1 divides by 10).
 * Warm-up years before the first school year reuse the first year's figure.
 */
export function enrolmentTarget(track: Track, startYear: number, scale: number): number {
  const index = Math.min(Math.max(startYear, FIRST_SCHOOL_YEAR), LAST_SCHOOL_YEAR) - FIRST_SCHOOL_YEAR;
  return Math.round(perYear[track][index] * scale);
}
