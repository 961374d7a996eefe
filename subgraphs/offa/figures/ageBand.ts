/**
 * The age bands of issue 11 (15-17, 18-20, 21-25), and OTHER for an age outside them (a learner of 14 or 26+ is
 * rare but real data holds them: they are counted, not dropped). The band names are the API's values.
 */
export const AGE_BANDS = ["15-17", "18-20", "21-25", "OTHER"] as const;

/** The band of an age in whole years. */
export function ageBandOf(ageYears: number): (typeof AGE_BANDS)[number] {
  if (ageYears >= 15 && ageYears <= 17) return "15-17";
  if (ageYears >= 18 && ageYears <= 20) return "18-20";
  if (ageYears >= 21 && ageYears <= 25) return "21-25";
  return "OTHER";
}
